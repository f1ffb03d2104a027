import type { MigrationMethod } from '../methods/method-list.ts';
import { uploadSlowerThanShipping } from './profile-queries.ts';

/**
 * The PST path for `gb` of PST data, among the methods still possible: drives only when
 * uploading would take longer than shipping (reference §5.4), Outlook for a handful of users,
 * else network upload (never ruled out, so there is always an answer).
 */
export function choosePstMethod(
  gb: number,
  bandwidthMbps: number,
  possible: ReadonlySet<MigrationMethod>,
): MigrationMethod {
  if (possible.has('pst-import-drive') && uploadSlowerThanShipping(gb, bandwidthMbps)) {
    return 'pst-import-drive';
  }
  if (possible.has('outlook-pst')) return 'outlook-pst';
  return 'pst-import-network';
}

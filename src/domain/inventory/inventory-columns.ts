import { headerUnit } from './column-mapping.ts';
import type { ColumnMapping, MailboxField } from './column-mapping.ts';

/**
 * Where each mailbox field sits in a row (-1 = not mapped), and the unit a size header
 * names, worked out once per file so that the row loop only indexes.
 */
export type InventoryColumns = {
  emailAt: number;
  nameAt: number;
  typeAt: number;
  sizeAt: number;
  itemsAt: number;
  archiveAt: number;
  deptAt: number;
  officeAt: number;
  dbAt: number;
  sizeUnit: number;
  archiveUnit: number;
  /** Values a well-formed row has: one per header. */
  width: number;
};

export function inventoryColumns(
  columns: readonly string[],
  mapping: ColumnMapping,
): InventoryColumns {
  const at = (field: MailboxField): number => {
    const header = mapping[field];
    return header === undefined ? -1 : columns.indexOf(header);
  };
  const sizeAt = at('sizeBytes');
  const archiveAt = at('archiveSizeBytes');
  return {
    emailAt: at('email'),
    nameAt: at('displayName'),
    typeAt: at('type'),
    sizeAt,
    itemsAt: at('itemCount'),
    archiveAt,
    deptAt: at('department'),
    officeAt: at('office'),
    dbAt: at('database'),
    sizeUnit: sizeAt < 0 ? 1 : headerUnit(mapping.sizeBytes ?? ''),
    archiveUnit: archiveAt < 0 ? 1 : headerUnit(mapping.archiveSizeBytes ?? ''),
    width: columns.length,
  };
}

import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import type { RunbookItem, RunbookPhaseId } from './runbook-item.ts';
import { runbook } from './runbook.ts';

const flat = (m: MigrationMethod): (RunbookItem & { phase: RunbookPhaseId })[] =>
  runbook(m).flatMap((p) => p.items.map((i) => ({ ...i, phase: p.phase })));
const idsOf = (m: MigrationMethod) => flat(m).map((i) => i.id);
const phaseOf = (m: MigrationMethod, id: string) => flat(m).find((i) => i.id === id)?.phase;
const indexOf = (m: MigrationMethod, id: string) => idsOf(m).indexOf(id);

describe('runbook structure, every method', () => {
  it.each(METHODS)('%s: three phases, unique ids, known facts', (m) => {
    expect(runbook(m).map((p) => p.phase)).toEqual(['before', 'during', 'after']);
    const ids = idsOf(m);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of flat(m)) {
      expect(i.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(i.factIds.filter((f) => !isFactId(f))).toEqual([]);
    }
  });

  it.each(METHODS)('%s: gates are decided by earlier, non-gate items', (m) => {
    const items = flat(m);
    const gates = items.filter((i) => i.gate);
    expect(gates.length).toBeGreaterThan(0);
    expect(gates.some((g) => g.phase === 'before')).toBe(true);
    for (const g of gates) {
      expect(g.decidedBy?.length).toBeGreaterThan(0);
      for (const d of g.decidedBy ?? []) {
        const at = items.findIndex((i) => i.id === d);
        expect({ gate: g.id, item: d, found: at >= 0 }).toEqual({
          gate: g.id,
          item: d,
          found: true,
        });
        expect(at).toBeLessThan(items.indexOf(g));
        expect(items[at]?.gate).toBeFalsy();
      }
      expect(g.text).toMatch(/^Go\/no-go:/);
    }
  });

  it('is the same list each time (ids are stored by the UI)', () => {
    for (const m of METHODS) expect(idsOf(m)).toEqual(idsOf(m));
    expect(idsOf('cutover')).toEqual([
      'domains-verify',
      'cutover-size',
      'dirsync-off',
      'unhide-mailboxes',
      'endpoint-outlook-anywhere',
      'admin-permissions',
      'endpoint-concurrency',
      'dns-lower-mx-ttl',
      'credentials-letters',
      'gate-start-batch',
      'start-batch',
      'monitor-batches',
      'batch-synced',
      'gate-switch-mx',
      'dns-mx-switch',
      'verify-mail-flow',
      'wait-72h',
      'gate-delete-batches',
      'delete-batches',
      'licences-assign',
      'dns-autodiscover',
      'send-welcome',
      'decommission-source',
    ]);
  });
});

describe('runbook differences between methods', () => {
  const DIRSYNC: Record<MigrationMethod, string | null> = {
    'full-hybrid': 'dirsync-on',
    'minimal-hybrid': 'dirsync-on',
    'express-hybrid': 'dirsync-one-time',
    cutover: 'dirsync-off',
    staged: 'dirsync-on',
    imap: null,
    'google-workspace': null,
    'pst-import-network': null,
    'pst-import-drive': null,
    'outlook-pst': null,
  };
  it.each(METHODS)('%s: directory sync state', (m) => {
    const found = idsOf(m).filter((id) => id.startsWith('dirsync-'));
    expect(found).toEqual(DIRSYNC[m] ? [DIRSYNC[m]] : []);
    expect(found.map((id) => phaseOf(m, id))).toEqual(found.map(() => 'before'));
  });

  const LICENCE: Record<MigrationMethod, [string, RunbookPhaseId]> = {
    'full-hybrid': ['licences-after-move', 'during'],
    'minimal-hybrid': ['licences-before-move', 'before'],
    'express-hybrid': ['licences-before-move', 'before'],
    cutover: ['licences-assign', 'after'],
    staged: ['licences-assign', 'during'],
    imap: ['licences-before', 'before'],
    'google-workspace': ['licences-after-start', 'during'],
    'pst-import-network': ['mailboxes-exist', 'before'],
    'pst-import-drive': ['mailboxes-exist', 'before'],
    'outlook-pst': ['mailboxes-exist', 'before'],
  };
  it.each(METHODS)('%s: licences at the right time', (m) => {
    const [id, phase] = LICENCE[m];
    expect(phaseOf(m, id)).toBe(phase);
    expect(idsOf(m).filter((i) => i.startsWith('licences-'))).toHaveLength(
      id.startsWith('licences-') ? 1 : 0,
    );
  });

  it('full hybrid licenses after the move and says why', () => {
    const i = flat('full-hybrid').find((x) => x.id === 'licences-after-move');
    expect(i?.text).toMatch(/30 days/);
    expect(i?.text).toMatch(/duplicate cloud mailbox/);
    expect(i?.factIds).toContain('licenceAfterHybridMove');
  });

  it('only staged converts mailboxes to mail users', () => {
    expect(METHODS.filter((m) => idsOf(m).includes('convert-to-meu'))).toEqual(['staged']);
  });

  it.each(['cutover', 'staged', 'imap'] as const)(
    '%s: waits 72 hours, then a gate, then deletes batches',
    (m) => {
      const order = ['dns-mx-switch', 'wait-72h', 'gate-delete-batches', 'delete-batches'].map(
        (id) => indexOf(m, id),
      );
      expect(order.every((x) => x >= 0)).toBe(true);
      expect(order).toEqual(order.toSorted((a, b) => a - b));
      expect(flat(m).find((i) => i.id === 'wait-72h')?.text).toMatch(/72 hours/);
      expect(indexOf(m, 'dns-lower-mx-ttl')).toBeGreaterThanOrEqual(0);
    },
  );

  it('hybrid decommissions in Microsoft’s order', () => {
    const order = [
      'decom-public-folders',
      'gate-decommission',
      'decom-dns',
      'decom-scp',
      'decom-connectors',
      'decom-org-relationship',
      'decom-dirsync',
    ];
    const at = order.map((id) => indexOf('full-hybrid', id));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect(at).toEqual(at.toSorted((a, b) => a - b));
    expect(phaseOf('full-hybrid', 'decom-dns')).toBe('after');
  });

  it('minimal and express hybrid have no connectors or organization relationship to remove', () => {
    for (const m of ['minimal-hybrid', 'express-hybrid'] as const) {
      expect(idsOf(m)).not.toContain('decom-connectors');
      expect(idsOf(m)).not.toContain('decom-org-relationship');
      expect(idsOf(m)).toContain('decom-scp');
    }
    expect(idsOf('express-hybrid')).toContain('decom-uninstall');
    expect(idsOf('minimal-hybrid')).toContain('decom-dirsync');
  });

  it('PST: drive shipping has shipping steps, network upload has the upload', () => {
    expect(idsOf('pst-import-drive')).toEqual(
      expect.arrayContaining(['drive-eligibility', 'drive-prepare', 'drive-ship']),
    );
    expect(idsOf('pst-import-drive')).not.toContain('pst-upload');
    expect(idsOf('pst-import-network')).toContain('pst-upload');
    expect(idsOf('pst-import-network').some((id) => id.startsWith('drive-'))).toBe(false);
    expect(idsOf('outlook-pst')).toContain('pst-user-import');
  });

  it('cutover checks the 2,000 mailbox limit and turns directory sync off before the gate', () => {
    const gate = flat('cutover').find((i) => i.id === 'gate-start-batch');
    expect(gate?.decidedBy).toEqual(expect.arrayContaining(['cutover-size', 'dirsync-off']));
    expect(flat('cutover').find((i) => i.id === 'cutover-size')?.text).toMatch(/2,000/);
  });
});

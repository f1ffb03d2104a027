import { facts } from '../../domain/facts.ts';
import { METHOD_LABELS, type MigrationMethod } from '../../domain/methods/method-list.ts';
import { compareMethods, type Trait } from '../../domain/methods/method-comparison.ts';

function InfoIcon() {
  return (
    <svg aria-hidden="true" width="13" height="13" viewBox="0 0 16 16" className="info-icon">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
      <rect x="7.25" y="4" width="1.5" height="1.5" fill="currentColor" />
    </svg>
  );
}

type Row = ReturnType<typeof compareMethods>[number];

const ROWS: { label: string; get: (r: Row) => Trait<unknown> }[] = [
  { label: 'Mail', get: (r) => r.migrates.mail },
  { label: 'Calendar', get: (r) => r.migrates.calendar },
  { label: 'Contacts', get: (r) => r.migrates.contacts },
  { label: 'Inbox rules', get: (r) => r.migrates.rules },
  { label: 'New Outlook profile', get: (r) => r.userImpact.newOutlookProfile },
  { label: 'New credentials', get: (r) => r.userImpact.newCredentials },
  { label: 'Downtime', get: (r) => r.userImpact.downtime },
  { label: 'Admin effort', get: (r) => r.adminEffort },
  { label: 'Shared free/busy', get: (r) => r.coexistence.freeBusy },
  { label: 'One address list', get: (r) => r.coexistence.sharedGal },
  { label: 'Batch limits', get: (r) => r.batchLimit },
];

function show(trait: Trait<unknown>): string {
  const v = trait.value;
  if (v === 'unknown') return 'No published figure';
  if (v === true) return 'Yes';
  if (v === false) return 'No';
  if (v === 'disabled') return 'Yes, disabled';
  return String(v);
}

/** The eligible methods side by side: what moves, what users notice, effort and limits. */
export function ComparisonTable({ methods }: { methods: MigrationMethod[] }) {
  const rows = compareMethods(methods);
  return (
    <div className="table-scroll">
      <table className="table comparison">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Trait</span>
            </th>
            {rows.map((r) => (
              <th scope="col" key={r.method}>
                {METHOD_LABELS[r.method]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {rows.map((r) => {
                const trait = row.get(r);
                return (
                  <td key={r.method}>
                    {show(trait)}
                    {trait.note && <span className="comparison-note">{trait.note}</span>}
                    {trait.source && (
                      <a
                        className="source-link comparison-source"
                        href={facts[trait.source].source.url}
                        target="_blank"
                        rel="noreferrer noopener"
                        title={facts[trait.source].text}
                      >
                        <InfoIcon />
                        <span className="visually-hidden">
                          Source: {facts[trait.source].source.title}
                        </span>
                      </a>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

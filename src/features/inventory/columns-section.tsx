import { REQUIRED_FIELDS, type ColumnMapping } from '../../domain/inventory/column-mapping.ts';
import { ColumnMappingForm, FIELD_LABELS } from './column-mapping-form.tsx';

/**
 * Which column feeds each field, folded away while every required field was found and
 * open when one is missing, so the admin can pick it and read the file again.
 */
export function ColumnsSection(props: {
  fileName: string;
  columns: readonly string[];
  used: ColumnMapping;
  override: ColumnMapping;
  canReread: boolean;
  busy: boolean;
  onApply: (override: ColumnMapping) => void;
}) {
  const found = Object.keys(FIELD_LABELS).filter(
    (f) => props.used[f as keyof ColumnMapping] !== undefined,
  ).length;
  const missingRequired = REQUIRED_FIELDS.some((f) => props.used[f] === undefined);
  return (
    <section className="inv-columns" aria-labelledby="inv-columns-heading">
      <details open={missingRequired || undefined}>
        <summary>
          <h2 id="inv-columns-heading" className="inv-columns-heading">
            Columns
          </h2>{' '}
          <span className="inv-columns-note">
            {found} of {Object.keys(FIELD_LABELS).length} fields found in{' '}
            {props.fileName || 'the file'}
            {missingRequired ? ': the e-mail address column is missing, choose it here' : ''}
          </span>
        </summary>
        <ColumnMappingForm
          columns={props.columns}
          used={props.used}
          override={props.override}
          canReread={props.canReread}
          busy={props.busy}
          onApply={props.onApply}
          onReset={() => props.onApply({})}
        />
      </details>
    </section>
  );
}

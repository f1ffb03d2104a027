import { PageTitle } from '../../ui/page-title.tsx';
import { PlannedSection } from '../../ui/planned-section.tsx';

export function ExportPage() {
  return (
    <>
      <PageTitle>Export</PageTitle>
      <PlannedSection>
        <p>
          The client-ready PDF, migration batch CSVs, PST import mapping files, a PowerShell script
          and the plan file.
        </p>
      </PlannedSection>
    </>
  );
}

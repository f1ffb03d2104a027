import { PageTitle } from '../../ui/page-title.tsx';
import { PlannedSection } from '../../ui/planned-section.tsx';

export function ImpactPage() {
  return (
    <>
      <PageTitle>Impact and runbook</PageTitle>
      <PlannedSection>
        <p>
          What users will see and when, the communications calendar, the helpdesk FAQ, runbook
          checklists and the rollback plan.
        </p>
      </PlannedSection>
    </>
  );
}

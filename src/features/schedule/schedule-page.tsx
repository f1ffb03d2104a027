import { PageTitle } from '../../ui/page-title.tsx';
import { PlannedSection } from '../../ui/planned-section.tsx';

export function SchedulePage() {
  return (
    <>
      <PageTitle>Schedule</PageTitle>
      <PlannedSection>
        <p>
          Dated batches that keep people who share mailboxes together, with expected durations and
          the deadline check.
        </p>
      </PlannedSection>
    </>
  );
}

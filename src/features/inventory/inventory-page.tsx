import { PageTitle } from '../../ui/page-title.tsx';
import { PlannedSection } from '../../ui/planned-section.tsx';

export function InventoryPage() {
  return (
    <>
      <PageTitle>Inventory</PageTitle>
      <PlannedSection>
        <p>
          Import mailbox and permission exports from PowerShell or Excel, see totals and every
          rejected row with its reason.
        </p>
      </PlannedSection>
    </>
  );
}

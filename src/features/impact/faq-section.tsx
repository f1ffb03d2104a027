import { faq } from '../../domain/impact/faq.ts';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import { FactLinks } from './fact-links.tsx';

/** What the helpdesk will be asked, with the answers for this method. */
export function FaqSection({ method }: { method: MigrationMethod }) {
  return (
    <section aria-labelledby="imp-faq-heading" className="imp-section">
      <h2 id="imp-faq-heading">Helpdesk FAQ</h2>
      {faq(method).map((e) => (
        <article key={e.id} className="imp-faq">
          <h3>{e.question}</h3>
          <p className="imp-text">{e.answer}</p>
          <FactLinks ids={e.factIds} />
        </article>
      ))}
    </section>
  );
}

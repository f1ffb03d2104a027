import { useParams } from 'react-router';
import type { Format } from '../../domain/format.ts';
import { usePlan } from '../../store/selectors.ts';
import { useFormat } from '../../store/use-format.ts';

/** The formatter of the plan the page shows (its locale, else the browser's). */
export function usePlanFormat(): Format {
  const { planId = '' } = useParams();
  return useFormat(usePlan(planId));
}

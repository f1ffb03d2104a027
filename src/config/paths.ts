/**
 * Every URL of the app and how to build it. Links and navigate() calls go through here,
 * so a route can move without hunting for string literals.
 */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  /** A plan, opened where its work stands (app/plan-resume.tsx). */
  plan: {
    path: '/plans/:planId',
    getHref: (planId: string) => `/plans/${encodeURIComponent(planId)}`,
  },
  wizard: {
    path: '/plans/:planId/wizard/:step',
    getHref: (planId: string, step: string) =>
      `/plans/${encodeURIComponent(planId)}/wizard/${encodeURIComponent(step)}`,
  },
  wizardStart: {
    path: '/plans/:planId/wizard',
    getHref: (planId: string) => `/plans/${encodeURIComponent(planId)}/wizard`,
  },
  recommendation: planPage('recommendation'),
  inventory: planPage('inventory'),
  schedule: planPage('schedule'),
  impact: planPage('impact'),
  export: planPage('export'),
} as const;

function planPage<S extends string>(segment: S) {
  return {
    path: `/plans/:planId/${segment}` as const,
    getHref: (planId: string) => `/plans/${encodeURIComponent(planId)}/${segment}`,
  };
}

import { createBrowserRouter } from 'react-router';
import { RootLayout } from './root-layout.tsx';
import { ErrorPage } from './error-page.tsx';
import { paths } from '../config/paths.ts';

/** The only routes table. Each page is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  {
    path: paths.home.path,
    Component: RootLayout,
    ErrorBoundary: ErrorPage,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/plans/plans-page.tsx')).PlansPage,
        }),
      },
      {
        path: 'plans/:planId',
        lazy: async () => ({ Component: (await import('./plan-layout.tsx')).PlanLayout }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./plan-resume.tsx')).PlanResume }),
          },
          {
            path: 'wizard',
            lazy: async () => ({
              Component: (await import('../features/wizard/wizard-start.tsx')).WizardStart,
            }),
          },
          {
            path: 'wizard/:step',
            lazy: async () => ({
              Component: (await import('../features/wizard/wizard-page.tsx')).WizardPage,
            }),
          },
          {
            path: 'recommendation',
            lazy: async () => ({
              Component: (await import('../features/recommendation/recommendation-page.tsx'))
                .RecommendationPage,
            }),
          },
          {
            path: 'inventory',
            lazy: async () => ({
              Component: (await import('../features/inventory/inventory-page.tsx')).InventoryPage,
            }),
          },
          {
            path: 'schedule',
            lazy: async () => ({
              Component: (await import('../features/schedule/schedule-page.tsx')).SchedulePage,
            }),
          },
          {
            path: 'impact',
            lazy: async () => ({
              Component: (await import('../features/impact/impact-page.tsx')).ImpactPage,
            }),
          },
          {
            path: 'export',
            lazy: async () => ({
              Component: (await import('../features/export/export-page.tsx')).ExportPage,
            }),
          },
        ],
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found-page.tsx')).NotFoundPage }),
      },
    ],
  },
]);

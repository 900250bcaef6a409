import { createBrowserRouter } from 'react-router';
import { PublicHomePage } from './public/home/PublicHomePage';
import { PublicLayout } from './public/PublicLayout';
import { PublicNotFoundPage } from './public/PublicNotFoundPage';
import { BootFallback } from './shared/BootFallback';
import { RouteError } from './shared/RouteError';

/**
 * The route tree. The public site is in the first bundle; the login page and the console (and with
 * them Ant Design) are separate chunks fetched only when someone goes there, so a parent on a weak
 * phone network downloads none of it.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: PublicLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: BootFallback,
    children: [
      { index: true, Component: PublicHomePage },
      // Find care, the provider's disclosure and the receipt check: lazy, so `/` stays light.
      { path: 'find', lazy: async () => ({ Component: (await import('./public/find/FindPage')).FindPage }) },
      {
        path: 'providers/:id',
        lazy: async () => ({ Component: (await import('./public/provider/ProviderPage')).ProviderPage }),
      },
      {
        path: 'verify/:filingNumber?',
        lazy: async () => ({ Component: (await import('./public/verify/VerifyPage')).VerifyPage }),
      },
      {
        path: 'my/bookings',
        lazy: async () => ({ Component: (await import('./public/bookings/MyBookingsPage')).MyBookingsPage }),
      },
      {
        path: 'my/applications',
        lazy: async () => ({
          Component: (await import('./public/applications/MyApplicationsPage')).MyApplicationsPage,
        }),
      },
      {
        path: 'draws',
        lazy: async () => ({ Component: (await import('./public/draws/DrawsPage')).DrawsPage }),
      },
      {
        path: 'blacklist',
        lazy: async () => ({ Component: (await import('./public/blacklist/BlacklistPage')).BlacklistPage }),
      },
      {
        path: 'draws/:id',
        lazy: async () => ({ Component: (await import('./public/draws/DrawPage')).DrawPage }),
      },
      {
        path: 'my/notifications',
        lazy: async () => ({
          Component: (await import('./public/notifications/MyNotificationsPage')).MyNotificationsPage,
        }),
      },
      {
        path: 'my/children',
        lazy: async () => ({
          Component: (await import('./public/child-health/MyChildrenPage')).MyChildrenPage,
        }),
      },
      {
        path: 'complaints/new',
        lazy: async () => ({
          Component: (await import('./public/complaints/NewComplaintPage')).NewComplaintPage,
        }),
      },
      {
        path: 'complaints/track',
        lazy: async () => ({
          Component: (await import('./public/complaints/TrackComplaintPage')).TrackComplaintPage,
        }),
      },
      {
        path: 'jc-bulletins',
        lazy: async () => ({
          Component: (await import('./public/jc-bulletins/PublicBulletinsPage')).PublicBulletinsPage,
        }),
      },
      {
        path: 'complaints/stats',
        lazy: async () => ({
          Component: (await import('./public/complaints/ComplaintStatsPage')).ComplaintStatsPage,
        }),
      },
      { path: '*', Component: PublicNotFoundPage },
    ],
  },
  {
    path: '/login',
    ErrorBoundary: RouteError,
    HydrateFallback: BootFallback,
    lazy: async () => ({ Component: (await import('./console/auth/LoginRoute')).LoginRoute }),
  },
  {
    path: '/console',
    ErrorBoundary: RouteError,
    HydrateFallback: BootFallback,
    lazy: async () => ({ Component: (await import('./console/ConsoleRoot')).ConsoleRoot }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./console/todo/DashboardPage')).DashboardPage }),
      },
      {
        path: 'users',
        lazy: async () => ({ Component: (await import('./console/users/UsersPage')).UsersPage }),
      },
      {
        path: 'audit',
        lazy: async () => ({ Component: (await import('./console/audit/AuditPage')).AuditPage }),
      },
      {
        path: 'reference',
        lazy: async () => ({ Component: (await import('./console/reference/ReferencePage')).ReferencePage }),
      },
      {
        path: 'registrations',
        lazy: async () => ({
          Component: (await import('./console/providers/registration/RegistrationsPage')).RegistrationsPage,
        }),
      },
      {
        path: 'filings',
        lazy: async () => ({
          Component: (await import('./console/providers/filing/FilingsPage')).FilingsPage,
        }),
      },
      {
        path: 'filings/:id',
        lazy: async () => ({
          Component: (await import('./console/providers/filing/FilingDetailPage')).FilingDetailPage,
        }),
      },
      {
        path: 'filings/:id/receipt',
        lazy: async () => ({
          Component: (await import('./console/providers/filing/ReceiptPage')).ReceiptPage,
        }),
      },
      {
        path: 'my-filing',
        lazy: async () => ({
          Component: (await import('./console/providers/my-filing/MyFilingPage')).MyFilingPage,
        }),
      },
      {
        path: 'settings/calendar',
        lazy: async () => ({ Component: (await import('./console/calendar/CalendarPage')).CalendarPage }),
      },
      {
        path: 'fee-ceilings',
        lazy: async () => ({
          Component: (await import('./console/providers/fees/FeeCeilingsPage')).FeeCeilingsPage,
        }),
      },
      {
        path: 'operations/children',
        lazy: async () => ({ Component: (await import('./console/children/ChildrenPage')).ChildrenPage }),
      },
      {
        path: 'operations/staff',
        lazy: async () => ({ Component: (await import('./console/staff/StaffPage')).StaffPage }),
      },
      {
        path: 'operations/roll-call',
        lazy: async () => ({ Component: (await import('./console/attendance/RollCallPage')).RollCallPage }),
      },
      {
        path: 'provider-desk/slots',
        lazy: async () => ({ Component: (await import('./console/booking/SlotsPage')).SlotsPage }),
      },
      {
        path: 'provider-desk/applications',
        lazy: async () => ({
          Component: (await import('./console/applications/ApplicationsPage')).ApplicationsPage,
        }),
      },
      {
        path: 'operations/ratios',
        lazy: async () => ({ Component: (await import('./console/attendance/RatiosPage')).RatiosPage }),
      },
      {
        path: 'operations/bans',
        lazy: async () => ({ Component: (await import('./console/staff/BansPage')).BansPage }),
      },
      {
        path: 'care/health-checks',
        lazy: async () => ({
          Component: (await import('./console/health-checks/HealthChecksPage')).HealthChecksPage,
        }),
      },
      {
        path: 'complaints',
        lazy: async () => ({
          Component: (await import('./console/complaints/ComplaintsPage')).ComplaintsPage,
        }),
      },
      {
        path: 'jc-bulletins',
        lazy: async () => ({
          Component: (await import('./console/jc-bulletins/BulletinsPage')).BulletinsPage,
        }),
      },
      {
        path: 'jc-bulletins/:id',
        lazy: async () => ({
          Component: (await import('./console/jc-bulletins/BulletinPage')).BulletinPage,
        }),
      },
      {
        path: 'jc-registers',
        lazy: async () => ({
          Component: (await import('./console/jc-registers/RegistersPage')).RegistersPage,
        }),
      },
      {
        path: 'complaints/:id',
        lazy: async () => ({
          Component: (await import('./console/complaints/ComplaintDetailPage')).ComplaintDetailPage,
        }),
      },
      {
        path: 'committee',
        lazy: async () => ({ Component: (await import('./console/complaints/CommitteePage')).CommitteePage }),
      },
      {
        path: 'care/reports',
        lazy: async () => ({ Component: (await import('./console/reports/ReportsPage')).ReportsPage }),
      },
      {
        path: 'inspection-plans',
        lazy: async () => ({
          Component: (await import('./console/inspection-plans/PlansPage')).PlansPage,
        }),
      },
      {
        path: 'inspection-plans/:id',
        lazy: async () => ({
          Component: (await import('./console/inspection-plans/PlanDetailPage')).PlanDetailPage,
        }),
      },
      {
        path: 'checklists',
        lazy: async () => ({
          Component: (await import('./console/checklists/ChecklistsPage')).ChecklistsPage,
        }),
      },
      {
        path: 'inspector-conflicts',
        lazy: async () => ({
          Component: (await import('./console/checklists/ConflictsPage')).ConflictsPage,
        }),
      },
      {
        path: 'risk',
        lazy: async () => ({ Component: (await import('./console/risk/RiskPage')).RiskPage }),
      },
      {
        path: 'incidents',
        lazy: async () => ({ Component: (await import('./console/incidents/IncidentsPage')).IncidentsPage }),
      },
      {
        path: 'incidents/:id',
        lazy: async () => ({
          Component: (await import('./console/incidents/IncidentDetailPage')).IncidentDetailPage,
        }),
      },
      {
        path: 'emergency',
        lazy: async () => ({
          Component: (await import('./console/incidents/PreparednessPage')).PreparednessPage,
        }),
      },
      {
        path: 'credit',
        lazy: async () => ({ Component: (await import('./console/credit/CreditPage')).CreditPage }),
      },
      {
        path: 'inspections',
        lazy: async () => ({
          Component: (await import('./console/inspections/InspectionsPage')).InspectionsPage,
        }),
      },
      {
        path: 'inspections/:id',
        lazy: async () => ({
          Component: (await import('./console/inspections/InspectionPage')).InspectionPage,
        }),
      },
      {
        path: 'rectifications',
        lazy: async () => ({
          Component: (await import('./console/inspections/RectificationsPage')).RectificationsPage,
        }),
      },
      {
        path: 'jc-plan',
        lazy: async () => ({
          Component: (await import('./console/jc-plan/PlanTasksPage')).PlanTasksPage,
        }),
      },
      {
        path: 'jc-plan/matrix',
        lazy: async () => ({
          Component: (await import('./console/jc-plan/PlanMatrixPage')).PlanMatrixPage,
        }),
      },
      {
        path: 'jc-plan/county-measures',
        lazy: async () => ({
          Component: (await import('./console/jc-plan/CountyMeasuresPage')).CountyMeasuresPage,
        }),
      },
      {
        path: 'child-health',
        lazy: async () => ({
          Component: (await import('./console/child-health/HealthChildrenPage')).HealthChildrenPage,
        }),
      },
      {
        path: 'jc-assessment',
        lazy: async () => ({
          Component: (await import('./console/jc-assessment/AssessmentPage')).AssessmentPage,
        }),
      },
      {
        path: 'child-health/indicators',
        lazy: async () => ({
          Component: (await import('./console/child-health/IndicatorPage')).IndicatorPage,
        }),
      },
      {
        path: 'child-health/:id',
        lazy: async () => ({
          Component: (await import('./console/child-health/HealthChildPage')).HealthChildPage,
        }),
      },
      {
        path: 'child-health/:id/checkup',
        lazy: async () => ({
          Component: (await import('./console/child-health/CheckupPage')).CheckupPage,
        }),
      },
      {
        path: 'jc',
        lazy: async () => ({ Component: (await import('./console/jc/JcHomePage')).JcHomePage }),
      },
      {
        path: 'jc/meetings',
        lazy: async () => ({ Component: (await import('./console/jc/MeetingsPage')).MeetingsPage }),
      },
      {
        path: 'jc/meetings/:id',
        lazy: async () => ({ Component: (await import('./console/jc/MeetingPage')).MeetingPage }),
      },
      {
        path: 'jc/meetings/:id/minutes/new',
        lazy: async () => ({ Component: (await import('./console/jc/MinutesEditorPage')).MinutesEditorPage }),
      },
      {
        path: 'jc/meetings/:id/minutes',
        lazy: async () => ({ Component: (await import('./console/jc/MinutesPrintPage')).MinutesPrintPage }),
      },
      {
        path: 'jc/tasks',
        lazy: async () => ({ Component: (await import('./console/jc/TasksPage')).TasksPage }),
      },
      {
        path: 'jc/members',
        lazy: async () => ({ Component: (await import('./console/jc/MembersPage')).MembersPage }),
      },
      {
        path: 'care/standards',
        lazy: async () => ({ Component: (await import('./console/settings/StandardsPage')).StandardsPage }),
      },
      {
        path: 'password',
        lazy: async () => ({ Component: (await import('./console/auth/PasswordPage')).PasswordPage }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./console/layout/ConsoleNotFound')).ConsoleNotFound }),
      },
    ],
  },
]);

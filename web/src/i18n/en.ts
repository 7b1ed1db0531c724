/**
 * The English dictionary defines every UI string key. `ko.ts` is typed against it, so a key
 * missing from Korean is a compile error. `{name}` placeholders are filled by `translate`.
 */
export const en = {
  'app.name': 'CityBench',
  'app.tagline': 'Benchmark your city against world peers',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.footer': 'CityBench: figures are shown with their published source.',

  'nav.label': 'Modules',
  'nav.menu': 'Menu',
  'nav.benchmark': 'Benchmark',
  'nav.surveys': 'Surveys',
  'nav.plans': 'Plans',
  'nav.admin': 'Admin',

  'language.label': 'Language',
  'language.en': 'English',
  'language.ko': '한국어',

  'auth.signIn': 'Sign in',
  'auth.signOut': 'Sign out',
  'auth.signedInAs': 'Signed in as {name}',
  'auth.heading': 'Sign in to CityBench',
  'auth.intro': 'Use the account your organisation administrator created for you.',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.submitting': 'Signing in…',
  'auth.alreadySignedIn': 'You are signed in as {name}.',
  'auth.signedOut': 'You have signed out.',
  'auth.required': 'Please sign in to see this page.',

  'error.heading': 'Something went wrong',
  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.unexpected': 'The server sent an unexpected response.',
  'error.retry': 'Try again',

  'placeholder.heading': '{module} is coming in a later release',
  'placeholder.surveys':
    'Surveys will let your team run the expert and resident questionnaires behind the index. It is not available yet.',
  'placeholder.plans':
    'Plans will let you set strategy targets and track them against the benchmark. It is not available yet.',

  'notFound.heading': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the benchmark',

  'benchmark.heading': "{centre}'s Smart Centres Index history",
  'benchmark.intro':
    'The Smart Centres Index (SCI), published twice a year by Z/Yen, ranks cities on how well they support fintech and smart-city business. These are the ranks as published.',
  'benchmark.chartTitle': 'Overall rank by edition',
  'benchmark.chartSummary': 'Line chart of {centre} overall rank: {points}.',
  'benchmark.rankAxis': 'Rank (1 = best)',
  'benchmark.editionAxis': 'Edition',
  'benchmark.tableCaption': '{centre} overall rank in each SCI edition, with sources',
  'benchmark.areasHeading': 'Ranks by area in {edition}',
  'benchmark.areasCaption': '{centre} ranks by area in {edition}, with sources',
  'benchmark.noData': 'No published ranks were found for {centre}.',
  'benchmark.provenance': 'Provenance',
  'benchmark.chartSourceNote': 'The source of every point is listed in the table below.',

  'column.edition': 'Edition',
  'column.published': 'Published',
  'column.rank': 'Rank',
  'column.rating': 'Rating',
  'column.centresRanked': 'Centres ranked',
  'column.area': 'Area',
  'column.source': 'Source',
  'value.missing': 'not published',

  'edition.label': 'SCI {number}',

  'area.overall': 'Overall',
  'area.technology': 'Technology',
  'area.financialServices': 'Financial Services',
  'area.humanCapital': 'Human Capital',
  'area.businessEnvironment': 'Business Environment',
  'area.reputational': 'Reputational',
  'area.reputationalArea': 'Reputational (area of competitiveness)',
  'area.infrastructure': 'Infrastructure',
  'area.innovationSupport': 'Innovation Support',
  'area.asiaPacificRegion': 'Asia/Pacific region',

  'centre.Busan': 'Busan',

  'admin.heading': 'Administration',
  'admin.adminsOnly':
    'This page is for administrators of {organisation}. Please ask an administrator if you need a change.',
  'admin.organisationHeading': 'Organisation',
  'admin.isPublic': 'Public: anyone can view this organisation’s profile',
  'admin.visibilityPublic': '{organisation} is public.',
  'admin.visibilityPrivate': '{organisation} is private.',
  'admin.makePublic': 'Make public',
  'admin.makePrivate': 'Make private',
  'admin.saving': 'Saving…',
  'admin.saved': 'Saved.',

  'users.heading': 'Users',
  'users.caption': 'Members of {organisation}',
  'users.name': 'Name',
  'users.email': 'Email',
  'users.role': 'Role',
  'users.created': 'Created',
  'users.password': 'Initial password',
  'users.createHeading': 'Add a user',
  'users.create': 'Add user',
  'users.creating': 'Adding…',
  'users.created.notice': '{email} was added.',
  'users.empty': 'No users yet.',

  'role.admin': 'Admin',
  'role.editor': 'Editor',
  'role.analyst': 'Analyst',
  'role.viewer': 'Viewer',

  'audit.heading': 'Audit log',
  'audit.caption': 'Changes made in {organisation}, newest first',
  'audit.at': 'When',
  'audit.actor': 'Who',
  'audit.action': 'Action',
  'audit.entity': 'Record',
  'audit.changes': 'Changes',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.system': 'system',
  'audit.more': 'Load older entries',
  'audit.empty': 'No audit entries yet.',
  'audit.end': 'That is the oldest entry.',
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = { readonly [K in MessageKey]: string };

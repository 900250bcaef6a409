/**
 * The strings of public/home/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by public/messages.ts.
 */
export const publicHomeZhCN = {
  'find.home.searchLabel': '查找托育机构',
  'find.home.servicesLead': '找托育已经可以使用，其他服务正在建设中；都不用注册。',
  'find.home.targetsProgress': '每千人口托位数的实际进展见下方；儿童系统管理率将在健康管理服务上线后公布。',
  'find.places.title': '每千人口托位数',
  'find.places.lead': '每 1000 名常住人口拥有的托位数。全市目标：{target} 个（下面各条中的竖线）。',
  'find.places.target': '目标 {target}',
  'find.places.cityNow': '{name}现有托位 {places} 个，其中普惠托位 {inclusive} 个。',
  'find.places.needed': '还需要增加 {n} 个托位才能达到目标。',
  'find.places.reached': '已达到目标',
  'find.places.countiesTitle': '各旗县区',
  'find.places.countyPlaces': '托位 {places} 个',
  'find.places.countyNeeded': '还差 {n} 个',
  'find.places.noPopulation': '暂无人口数据',
  'find.places.note': '统计日期 {date}。托位为已备案机构的核定托位；人口为 {year} 年常住人口。',
  'find.places.error': '暂时无法读取托位数据，请稍后再试。',
  'public.hero.title': '3岁以下婴幼儿托育服务',
  'public.hero.lead': '为全市3岁以下婴幼儿的家庭提供托育服务信息：找托育、查机构、提意见，都在这里。',
  'public.services.title': '平台为家长提供的服务',
  'public.service.find.body': '按旗县区、服务形式和孩子月龄查找托育机构，看有没有空位、收费多少。',
  'public.service.check.title': '查机构',
  'public.service.check.body': '查看机构是否备案、收费项目、检查结果和整改情况。',
  'public.service.complain.title': '投诉举报',
  'public.service.complain.body': '对托育机构有意见可以投诉，可以匿名，凭查询码随时查看处理进度。',
  'public.service.guide.title': '育儿指导',
  'public.service.guide.body': '家长课堂、健康讲座、亲子活动的时间和地点，可以在线预约。',
  'public.population.title': '全市常住人口',
  'public.population.year': '{year}年',
  'public.counties.title': '各旗县区',
  'public.county.residents': '常住人口',
  'public.county.area': '面积',
  'public.unit.people': '{n} 人',
  'public.unit.count': '{n} 个',
  'public.unit.km2': '{n} 平方公里',
  'public.targets.title': '全市发展目标',
  'public.targets.lead': '按照《关于促进3岁以下婴幼儿照护服务发展实施方案》，到 2025 年全市要达到：',
  'public.target.places.value': '4 个以上',
  'public.target.places.note': '每 1000 名常住人口拥有的托育位置数量。',
  'public.target.health.label': '3岁以下儿童系统管理率',
  'public.target.health.value': '92% 以上',
  'public.target.health.note': '按规定次数接受健康检查的3岁以下儿童所占的比例。',
  'public.overview.loading': '正在读取数据…',
  'public.overview.error': '暂时无法读取数据，请稍后再试。',
} satisfies Record<string, string>;

export const publicHomeEn: Record<keyof typeof publicHomeZhCN, string> = {
  'find.home.searchLabel': 'Find a childcare provider',
  'find.home.servicesLead':
    'Find childcare is open now; the other services are being built. None needs an account.',
  'find.home.targetsProgress':
    'Progress on places per 1,000 residents is shown below; the health management rate will follow with the child health service.',
  'find.places.title': 'Childcare places per 1,000 residents',
  'find.places.lead':
    'Places for every 1,000 residents. City target: {target} (the vertical line on each bar below).',
  'find.places.target': 'target {target}',
  'find.places.cityNow': '{name} has {places} places now, {inclusive} of them affordable (普惠).',
  'find.places.needed': '{n} more places are needed to reach the target.',
  'find.places.reached': 'Target reached',
  'find.places.countiesTitle': 'By county',
  'find.places.countyPlaces': '{places} places',
  'find.places.countyNeeded': '{n} short',
  'find.places.noPopulation': 'No population data',
  'find.places.note':
    'As of {date}. Places are the approved places of registered providers; residents as counted in {year}.',
  'find.places.error': 'Places figures cannot be shown right now. Please try again later.',
  'public.hero.title': 'Childcare for children under 3',
  'public.hero.lead':
    'Information on childcare for families with children under 3 across the city: find care, check a provider, raise a concern.',
  'public.services.title': 'What the platform offers parents',
  'public.service.find.body':
    'Search providers by county, type of service and your child’s age; see vacancies and fees.',
  'public.service.check.title': 'Check a provider',
  'public.service.check.body':
    'See whether a provider is registered, its fees, inspection results and what it has fixed.',
  'public.service.complain.title': 'Complaints',
  'public.service.complain.body':
    'Complain about a provider, anonymously if you wish, and follow the case with a tracking code.',
  'public.service.guide.title': 'Parenting guidance',
  'public.service.guide.body':
    'Times and places of parent classes, health talks and activities; book online.',
  'public.population.title': 'Resident population of the city',
  'public.population.year': 'in {year}',
  'public.counties.title': 'Counties and districts',
  'public.county.residents': 'Residents',
  'public.county.area': 'Area',
  'public.unit.people': '{n}',
  'public.unit.count': '{n}',
  'public.unit.km2': '{n} km²',
  'public.targets.title': 'The city’s goals',
  'public.targets.lead':
    'Under the city’s plan for care services for children under 3, by 2025 the city aims for:',
  'public.target.places.value': '4 or more',
  'public.target.places.note': 'Care places for every 1,000 residents.',
  'public.target.health.label': 'Health management rate of children under 3',
  'public.target.health.value': '92% or more',
  'public.target.health.note':
    'Share of children under 3 who get all the health check-ups due for their age.',
  'public.overview.loading': 'Loading figures…',
  'public.overview.error': 'The figures cannot be loaded right now. Please try again later.',
};

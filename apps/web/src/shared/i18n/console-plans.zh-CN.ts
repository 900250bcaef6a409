/** Console strings of checklists, inspectors' conflicts and the 双随机 plans and draws. */
export const consolePlansZhCN = {
  'plans.nav.group': '综合监管',
  'plans.nav.plans': '抽查计划',
};

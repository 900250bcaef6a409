/** Console strings of the risk view. */
export const consoleRiskZhCN = {
  'risk.nav.risk': '风险监测',
};

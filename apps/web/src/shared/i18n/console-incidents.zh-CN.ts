/** Console strings of incidents, emergency plans and drills, the blacklist and credit records. */
export const consoleIncidentsZhCN = {
  'inc.nav.incidents': '安全事故',
};

/** Console strings of inspections, findings and rectification. */
export const consoleInspectionsZhCN = {
  'insp.nav.inspections': '检查任务',
};

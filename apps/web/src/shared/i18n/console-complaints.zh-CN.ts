/** Console strings of complaints and parent committees. */
export const consoleComplaintsZhCN = {
  'cmp.nav.complaints': '投诉举报',
};

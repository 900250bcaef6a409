/** Public strings of the complaint form and its tracking page. */
export const publicComplaintsZhCN = {
  'pc.title': '投诉举报',
};

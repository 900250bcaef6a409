/** Public strings of the blacklist page. */
export const publicBlacklistZhCN = {
  'pb.title': '黑名单公示',
};

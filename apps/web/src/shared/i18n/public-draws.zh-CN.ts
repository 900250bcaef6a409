/** Public strings of the published 双随机 draws and their check in the browser. */
export const publicDrawsZhCN = {
  'pd.title': '双随机抽查公示',
};

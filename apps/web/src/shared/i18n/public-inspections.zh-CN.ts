/** Public strings of inspection results on the provider's page. */
export const publicInspectionsZhCN = {
  'pi.title': '监督检查结果',
};

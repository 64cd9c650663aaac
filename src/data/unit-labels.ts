// Words that open a unit annotation, and which field each one fills.
// 配合/协办/参与 units share the work without leading it: they go to `responsible`.
// 责任领导/责任人 name people, not units: they open an annotation but fill nothing.
export const UNIT_LABELS: { word: string; field: 'lead' | 'responsible' | null }[] = [
  { word: '牵头单位', field: 'lead' },
  { word: '牵头部门', field: 'lead' },
  { word: '主责单位', field: 'lead' },
  { word: '主责部门', field: 'lead' },
  { word: '责任单位', field: 'responsible' },
  { word: '责任部门', field: 'responsible' },
  { word: '配合单位', field: 'responsible' },
  { word: '配合部门', field: 'responsible' },
  { word: '协办单位', field: 'responsible' },
  { word: '参与单位', field: 'responsible' },
  { word: '责任领导', field: null },
  { word: '牵头领导', field: null },
  { word: '分管领导', field: null },
  { word: '责任人', field: null },
];

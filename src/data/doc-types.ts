// Words that end the title of a plan document, and the wrapper of a notice
// that publishes one (关于印发《…》的通知).
export const DOC_TYPE_WORDS = [
  '实施方案', '工作方案', '行动方案', '方案', '工作要点', '要点', '行动计划', '计划', '规划', '纲要',
  '实施意见', '意见', '办法', '细则', '措施', '若干政策', '政策', '通知', '决定', '条例', '规定', '安排', '指南',
];

export const TITLE_WRAPPER = /^关于(?:印发|转发|下达)《([^》]+)》?(?:的通知)?/;

/** Turns the domain's submission problems into one problem+json answer with a field per item. */
import type { SubmissionProblem } from '@tuoyu/domain';
import { type AppError, type FieldError, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';

export function explainProblems(
  problems: SubmissionProblem[],
  items: { id: number; seq: number }[],
): AppError {
  const seq = (itemId: number) => items.find((i) => i.id === itemId)?.seq ?? itemId;
  const fields: FieldError[] = [];
  let reason = msg('检查结果不能提交', 'The result cannot be submitted');
  for (const p of problems) {
    switch (p.code) {
      case 'incomplete':
        reason = msg(
          `还有 ${p.itemIds.length} 个检查项目未填写`,
          `${p.itemIds.length} items have no finding yet`,
        );
        for (const id of p.itemIds)
          fields.push({
            path: `items.${id}`,
            message: msg(`第 ${seq(id)} 项未填写`, `Item ${seq(id)} has no finding`),
          });
        break;
      case 'pass_with_failures':
        reason = msg('有不合格项目，结果不能为合格', 'An item failed: the result cannot be 合格 (pass)');
        fields.push({ path: 'result', message: reason });
        break;
      case 'failure_without_failed_item':
        reason = msg('没有不合格项目，结果应为合格', 'No item failed: the result is 合格 (pass)');
        fields.push({ path: 'result', message: reason });
        break;
      case 'deadline_missing':
        reason = msg(
          '限期整改须为每个不合格项目设定整改期限',
          'Every failed item needs a rectification deadline',
        );
        fields.push({
          path: `deadlines.${p.itemId}`,
          message: msg(`第 ${seq(p.itemId)} 项缺少整改期限`, `Item ${seq(p.itemId)} needs a deadline`),
        });
        break;
      case 'deadline_not_after_inspection':
        reason = msg('整改期限须晚于检查日期', 'A deadline must fall after the inspection date');
        fields.push({
          path: `deadlines.${p.itemId}`,
          message: msg(
            `第 ${seq(p.itemId)} 项的整改期限须晚于检查日期`,
            `Item ${seq(p.itemId)}: after the inspection date`,
          ),
        });
        break;
    }
  }
  return ruleBroken(reason, fields);
}

/**
 * The strings of public/draws/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by public/supervision/messages.ts.
 */
export const publicDrawsZhCN = {
  'pd.lead':
    '托育机构“双随机、一公开”抽查：随机抽取检查对象、随机选派检查人员。发布计划时公开服务器种子的承诺值，抽取时由见证人输入见证数据，检查结束后公开种子，任何人都可以按公开规则核对。',
  'pd.loadError': '抽查公示加载失败',
  'pd.empty': '暂无抽查公示',
  'pd.notFound': '没有找到这条抽查公示',
  'pd.backToList': '返回抽查公示列表',
  'pd.publishedAt': '{at} 发布',
  'pd.drawnAt': '{at} 抽取',
  'pd.pending': '待抽取',
  'pd.summaryDrawn': '候选 {n} 家，抽中 {k} 家',
  'pd.summaryPending': '候选 {n} 家，尚未抽取',
  'pd.summarySecret': '候选 {n} 家，抽取 {k} 家，结果待公开',
  'pd.pager': '分页',
  'pd.notDrawnYet': '尚未抽取',
  'pd.notDrawnHint':
    '候选名单、检查人员和回避关系已经固定；服务器种子已经生成并保密，只公开了它的 SHA-256 承诺值（见下方）。抽取时，见证人当场输入见证数据（例如当天福利彩票开奖号码），随机种子由二者共同决定，因此任何人（包括平台）都无法事先算出抽取结果。',
  'pd.awaitReveal': '已抽取，结果待公开',
  'pd.awaitRevealHint':
    '见证数据已公开（见下方）。为保证“不打招呼、直奔现场”，抽中的机构和检查人员在公开前只有监管部门和被选派的检查人员知道。全部检查结果录入后、或最迟在完成期限 {dueBy} 当天，本页公开服务器种子、随机种子和抽取结果，并自动核对三项。',
  'pd.revealWhen': '公开时间：全部检查结果录入后，最迟于完成期限 {dueBy} 当天；监管部门也可提前公开。',
  'pd.checkCommitment': 'SHA-256(服务器种子) = 发布时公开的承诺值',
  'pd.checkSeed': 'SHA-256(服务器种子:见证数据) = 随机种子',
  'pd.checkSelection': '按规则由随机种子复算的抽取结果 = 公示的抽取结果',
  'pd.checkLegacy': '本计划发布于承诺机制之前，种子在发布时即已公开，只核对抽取结果。',
  'pd.commitTitle': '承诺、见证与公开',
  'pd.commitment': '承诺值（发布时公开）：',
  'pd.serverSeed': '服务器种子（公开后）：',
  'pd.witnessInput': '见证数据（抽取时输入）：',
  'pd.witnessName': '见证人：{name}',
  'pd.notYet': '尚未公开',
  'pd.notDrawn': '尚未抽取',
  'pd.revealedAt': '{at} 公开',
  'pd.candidatesOnly': '候选机构（排序在公开后显示）',
  'pd.revealed': '已公开',
  'pd.verified': '三项核对全部通过',
  'pd.verifiedHint': '本页已在您的浏览器中重新计算，以下三项均一致。',
  'pd.mismatch': '核对未通过',
  'pd.diffLine': '第 {n} 项：公示为 {published}，复算为 {expected}',
  'pd.diffNone': '无',
  'pd.inputs': '抽取依据（发布时固定）',
  'pd.seed': '随机种子（SHA-256(服务器种子:见证数据)）：',
  'pd.perCheck': '每家机构检查人员：{n} 名',
  'pd.stratumLine': '比例 {rate}%，候选 {n} 家，抽取 {size} 家',
  'pd.noCandidates': '没有候选机构',
  'pd.inspectors': '检查人员名单（{n} 人）',
  'pd.idLabel': '编号 {id}',
  'pd.teamFor': '检查人员排序：{name}',
  'pd.markDrawn': '抽中',
  'pd.markConflict': '回避',
  'pd.ruleTitle': '抽取规则（可自行核对）',
  'pd.rule1': '每个风险层的抽取数量 = 候选机构数 × 抽查比例，向上取整；只要该层有候选机构，至少抽取 1 家。',
  'pd.rule2':
    '对该层每家候选机构，计算文字“随机种子:机构编号”（中间是英文冒号）的 SHA-256 值，写成小写十六进制；按这个值从小到大排序，取前面的机构。',
  'pd.rule3': '抽取结果先列高风险层、再一般层、再低风险层；同一层内按上述排序先后排列。',
  'pd.rule4':
    '对每家抽中的机构，计算“随机种子:机构编号:检查人员编号”的 SHA-256 值，按从小到大排列检查人员，跳过与该机构有回避关系的人员，取前面规定的人数；可用人员不足时全部取用。',
  'pd.rule5':
    '发布计划时，系统用安全随机数生成服务器种子（256 位，保密），只公开其 SHA-256 值作为承诺；抽取时见证人输入见证数据，随机种子 = SHA-256(“服务器种子:见证数据”)。平台无法在承诺后更换服务器种子，也无法预知见证数据；知道见证数据的人不知道服务器种子。发布后候选名单、人员名单和回避关系都不能再改。',
  'pd.ruleTools':
    '可用任何 SHA-256 工具核对，例如在电脑上执行：printf "服务器种子" | sha256sum（应等于承诺值）、printf "服务器种子:见证数据" | sha256sum（应等于随机种子）、printf "种子:编号" | sha256sum。公开后展开上方各层可看到每个编号的计算值和排序。',
  'pd.rawRecord': '下载原始公示数据（JSON）',
} satisfies Record<string, string>;

export const publicDrawsEn: Record<keyof typeof publicDrawsZhCN, string> = {
  'pd.lead':
    'Childcare providers are inspected by "double random" draws: random providers, random inspectors. A plan publishes a commitment to a secret server seed; a witness adds an input at the draw; once the checks are done the seed is revealed and anyone can check the draw by the published rule.',
  'pd.loadError': 'Could not load the draws',
  'pd.empty': 'No draws published yet',
  'pd.notFound': 'This draw was not found',
  'pd.backToList': 'Back to all draws',
  'pd.publishedAt': 'published {at}',
  'pd.drawnAt': 'drawn {at}',
  'pd.pending': 'Not drawn yet',
  'pd.summaryDrawn': '{n} candidates, {k} drawn',
  'pd.summaryPending': '{n} candidates, not drawn yet',
  'pd.summarySecret': '{n} candidates, {k} to be drawn; result not public yet',
  'pd.pager': 'Pages',
  'pd.notDrawnYet': 'Not drawn yet',
  'pd.notDrawnHint':
    'The candidates, inspectors and conflicts are fixed; the server seed exists and is secret, only its SHA-256 commitment is public (below). At the draw a witness enters an input (e.g. that day’s welfare lottery numbers); the seed depends on both, so nobody — the platform included — can work out the selection beforehand.',
  'pd.awaitReveal': 'Drawn; the result is not public yet',
  'pd.awaitRevealHint':
    'The witness’ input is public (below). So that checks stay unannounced, who was drawn is known only to the regulators and the inspectors sent until the reveal. When every result is recorded, or at the latest on the due date {dueBy}, this page shows the server seed, the seed and the selection and checks all three.',
  'pd.revealWhen':
    'Revealed when every result is recorded, at the latest on the due date {dueBy}; the regulator may reveal earlier.',
  'pd.checkCommitment': 'SHA-256(server seed) = the commitment published with the plan',
  'pd.checkSeed': 'SHA-256(server seed:witness input) = the seed',
  'pd.checkSelection': 'The selection recomputed from the seed by the rule = the published selection',
  'pd.checkLegacy':
    'This plan predates commitments: its seed was public from publication, so only the selection is checked.',
  'pd.commitTitle': 'Commitment, witness and reveal',
  'pd.commitment': 'Commitment (published with the plan):',
  'pd.serverSeed': 'Server seed (from the reveal):',
  'pd.witnessInput': 'Witness input (entered at the draw):',
  'pd.witnessName': 'Witness: {name}',
  'pd.notYet': 'not public yet',
  'pd.notDrawn': 'not drawn yet',
  'pd.revealedAt': 'revealed {at}',
  'pd.candidatesOnly': 'Candidates (ranked after the reveal)',
  'pd.revealed': 'Revealed',
  'pd.verified': 'All three checks pass',
  'pd.verifiedHint': 'Your browser recomputed the record: the three items below agree.',
  'pd.mismatch': 'A check failed',
  'pd.diffLine': 'Item {n}: published {published}, recomputed {expected}',
  'pd.diffNone': 'nothing',
  'pd.inputs': 'Inputs (fixed at publication)',
  'pd.seed': 'Seed (SHA-256 of serverSeed:witnessInput):',
  'pd.perCheck': 'Inspectors per provider: {n}',
  'pd.stratumLine': 'rate {rate}%, {n} candidates, {size} drawn',
  'pd.noCandidates': 'No candidates',
  'pd.inspectors': 'Inspectors ({n})',
  'pd.idLabel': 'id {id}',
  'pd.teamFor': 'Inspector ranking: {name}',
  'pd.markDrawn': 'drawn',
  'pd.markConflict': 'recused',
  'pd.ruleTitle': 'The rule (check it yourself)',
  'pd.rule1':
    'Per risk tier, the number drawn is candidates × rate rounded up, and at least 1 when the tier has candidates.',
  'pd.rule2':
    'For each candidate, take the SHA-256 of the text "seed:providerId" in lowercase hex; sort ascending and take the first ones.',
  'pd.rule3': 'The selection lists the high tier, then normal, then low; within a tier in that order.',
  'pd.rule4':
    'For each drawn provider, sort the inspectors by SHA-256 of "seed:providerId:inspectorId" ascending, skip those with a conflict with that provider and take the team size (all eligible ones if fewer).',
  'pd.rule5':
    'At publication the platform draws a secret 256-bit server seed from a secure random source and publishes only its SHA-256 as a commitment; at the draw a witness enters an input, and seed = SHA-256("serverSeed:witnessInput"). The platform cannot swap the server seed after committing nor foresee the witness’ input; whoever knows the input lacks the server seed. The candidates, inspectors and conflicts cannot change after publication.',
  'pd.ruleTools':
    'Any SHA-256 tool will do, e.g. printf "serverSeed" | sha256sum (the commitment), printf "serverSeed:witnessInput" | sha256sum (the seed), printf "seed:id" | sha256sum. After the reveal, open the tiers above for every id’s hash and rank.',
  'pd.rawRecord': 'Download the raw record (JSON)',
};

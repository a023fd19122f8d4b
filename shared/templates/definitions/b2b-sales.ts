import { act, feel, goal, idea, pain, stage, STANDARD_LANES, text, touch } from '../template-kit';
import { conversionRangeFromLoss } from '../../funnel/benchmarks';
import type { TemplateDefinition } from '../types';

// Stage goals quote published B2B benchmarks (see DESIGN.md): they make sensible default targets,
// and the same figures are the stages' benchmark ranges (conversion to the next stage): lead screening
// loses 30-40% (converts 60-70%), needs discovery converts 70-80%, negotiation loses 30-40%.
export const b2bSalesTemplate: TemplateDefinition = {
  id: 'b2b-sales',
  name: { en: 'B2B sales', zh: 'B2B 销售' },
  description: {
    en: 'A business-to-business sales cycle from lead to retained account.',
    zh: '从线索到客户留存的 B2B 销售周期。',
  },
  lanes: STANDARD_LANES,
  stages: [
    {
      ...stage(
        'Lead capture',
        '线索获取',
        goal('Screening usually loses 30-40% of leads', '线索筛选通常流失 30-40%'),
        [
          act('Downloads a white paper', '下载白皮书'),
          touch('event', 'Trade show booth', '展会展位'),
          feel(0, 'Exploring options', '在了解方案'),
          pain(2, 'The form asks too much', '留资表单太繁琐'),
        ],
      ),
      benchmark: conversionRangeFromLoss(30, 40),
    },
    {
      ...stage(
        'Needs discovery',
        '需求深挖',
        goal('Typically 70-80% move on to a proposal', '通常 70-80% 进入方案阶段'),
        [
          act('Explains the current process', '介绍现有流程'),
          touch('salesRep', 'Discovery call', '需求访谈电话'),
          feel(1, 'Feels understood', '感到被理解'),
          pain(2, 'Repeats the same facts to several people', '同样的信息要讲好几遍'),
          idea(2, 1, 'Shared discovery notes', '共享需求纪要'),
        ],
      ),
      benchmark: { minPercent: 70, maxPercent: 80 },
    },
    stage('Proposal', '方案呈现', goal('A proposal the buyer can forward', '让客户愿意转发的方案'), [
      act('Reviews the proposal with the team', '与团队评审方案'),
      touch('email', 'Proposal document', '方案文档'),
      feel(0, 'Weighing the cost', '权衡成本'),
      pain(2, 'The proposal feels generic', '方案不够定制化'),
      idea(3, 2, 'ROI calculator', '投资回报测算', text('Show payback in months.', '用月数展示回本周期。')),
    ]),
    {
      ...stage('Negotiation', '商务谈判', goal('Negotiation often loses 30-40%', '谈判阶段通常流失 30-40%'), [
        act('Procurement reviews the terms', '采购审核条款'),
        touch('phone', 'Pricing call', '价格沟通电话'),
        feel(-1, 'Under budget pressure', '预算压力大'),
        pain(3, 'Long legal review', '法务审核周期长'),
        idea(2, 2, 'Standard contract template', '标准合同模板'),
      ]),
      benchmark: conversionRangeFromLoss(30, 40),
    },
    stage('Closed deal', '成交', goal('A confident signature', '客户放心签约'), [
      act('Signs the contract', '签署合同'),
      touch('email', 'Welcome pack', '欢迎资料包'),
      feel(2, 'Confident in the choice', '对选择有信心'),
      pain(1, 'Next steps are unclear', '下一步不清晰'),
    ]),
    stage('Retention', '留存', goal('Renew and expand the account', '续约并扩大合作'), [
      act('Uses the product every day', '日常使用产品'),
      touch('salesRep', 'Quarterly business review', '季度业务回顾'),
      feel(1, 'Sees results', '看到成效'),
      pain(2, 'Support is slow', '售后响应慢'),
      idea(3, 2, 'Customer success plan', '客户成功计划'),
    ]),
  ],
};

import { act, feel, goal, idea, pain, stage, STANDARD_LANES, text, touch } from '../template-kit';
import type { TemplateDefinition } from '../types';

export const salesFunnelTemplate: TemplateDefinition = {
  id: 'sales-funnel',
  name: { en: 'Sales funnel', zh: '销售漏斗' },
  description: {
    en: 'The classic funnel from first awareness to loyal customer, with example cards.',
    zh: '从认知到忠诚的经典销售漏斗，附示例卡片。',
  },
  lanes: STANDARD_LANES,
  stages: [
    stage('Awareness', '认知', goal('Get noticed by the right people', '让目标客户注意到我们'), [
      act('Sees a post shared by a friend', '看到朋友分享的内容'),
      touch('social', 'Social media post', '社交媒体内容'),
      touch('ads', 'Search ad', '搜索广告'),
      feel(0, 'Curious', '好奇'),
      pain(1, 'Too many similar offers', '同类产品太多，难以区分'),
      idea(3, 1, 'One-line value proposition', '一句话讲清价值主张'),
    ]),
    stage('Interest', '兴趣', goal('Turn attention into a visit', '把关注转化为访问'), [
      act('Visits the website', '访问官网'),
      touch('web', 'Product page', '产品页面'),
      feel(1, 'Interested', '感兴趣'),
      pain(2, 'Pricing is hard to find', '找不到价格信息'),
      idea(
        2,
        2,
        'Short demo video',
        '简短的演示视频',
        text('Two minutes, no sign-up.', '两分钟，无需注册。'),
      ),
    ]),
    stage('Consideration', '考虑', goal('Be on the shortlist', '进入候选名单'), [
      act('Compares alternatives', '比较多个方案'),
      touch('web', 'Reviews and case studies', '用户评价和案例'),
      feel(-1, 'Unsure which to pick', '犹豫不决'),
      pain(2, 'Features are hard to compare', '功能难以对比'),
      idea(2, 1, 'Comparison table', '竞品对比表'),
    ]),
    stage('Intent', '意向', goal('Get a request for a quote', '获得询价'), [
      act('Asks for a quote', '咨询报价'),
      touch('salesRep', 'Talks to sales', '与销售沟通'),
      feel(1, 'Hopeful', '有期待'),
      pain(3, 'Slow reply from sales', '销售回复太慢'),
      idea(3, 2, 'Reply within one hour', '一小时内响应'),
    ]),
    stage('Purchase', '购买', goal('Make buying effortless', '让购买简单顺畅'), [
      act('Pays online', '在线支付'),
      touch('web', 'Checkout', '结算页面'),
      feel(2, 'Relieved and happy', '放心、满意'),
      pain(2, 'Too many form fields', '表单字段太多'),
      idea(2, 2, 'One-click checkout', '一键下单'),
    ]),
    stage('Loyalty', '忠诚', goal('Earn repeat purchases and referrals', '促成复购与推荐'), [
      act('Recommends it to a colleague', '推荐给同事'),
      touch('email', 'Onboarding emails', '新手引导邮件'),
      feel(1, 'Feels valued', '感到被重视'),
      pain(1, 'No reason to come back', '缺少回访理由'),
      idea(2, 2, 'Referral reward', '推荐奖励计划'),
    ]),
  ],
};

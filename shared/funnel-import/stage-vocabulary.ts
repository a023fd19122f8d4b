/**
 * Funnel stage names that mean the same in English and Chinese (the vocabulary of the built-in
 * templates), so a GA4 export in English matches a map whose stages are named in Chinese and back.
 */
export const STAGE_NAME_EQUIVALENTS: readonly (readonly string[])[] = [
  ['awareness', '认知'],
  ['interest', '兴趣'],
  ['consideration', '考虑'],
  ['intent', '意向'],
  ['purchase', '购买'],
  ['loyalty', '忠诚'],
  ['lead capture', 'leads', '线索获取', '线索'],
  ['needs discovery', '需求深挖'],
  ['proposal', '方案呈现'],
  ['negotiation', '商务谈判'],
  ['closed deal', 'closed won', '成交'],
  ['retention', '留存'],
  ['impression', '曝光'],
  ['click', '点击'],
  ['add to cart', '加购'],
  ['order', '下单'],
  ['payment', '支付'],
];

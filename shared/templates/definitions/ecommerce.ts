import { act, feel, goal, idea, pain, stage, STANDARD_LANES, touch } from '../template-kit';
import type { TemplateDefinition } from '../types';

export const ecommerceTemplate: TemplateDefinition = {
  id: 'ecommerce',
  name: { en: 'E-commerce', zh: '电商转化' },
  description: {
    en: 'An online shop funnel from impression to payment.',
    zh: '从曝光到支付的电商转化漏斗。',
  },
  lanes: STANDARD_LANES,
  stages: [
    stage('Impression', '曝光', goal('Stop the scroll', '让用户停下来'), [
      act('Scrolls past a product', '刷到商品'),
      touch('social', 'Short video feed', '短视频信息流'),
      feel(0, 'Indifferent', '无感'),
      pain(1, 'The ad looks like every other', '广告千篇一律'),
      idea(2, 1, 'Eye-catching creative', '吸睛的创意素材'),
    ]),
    stage('Click', '点击', goal('Open the product page', '打开商品详情'), [
      act('Opens the product page', '打开商品详情页'),
      touch('app', 'Product detail page', '商品详情页'),
      feel(1, 'Curious about the price', '好奇价格'),
      pain(2, 'The page loads slowly', '页面加载慢'),
    ]),
    stage('Add to cart', '加购', goal('Put it in the cart', '加入购物车'), [
      act('Adds the item to the cart', '加入购物车'),
      touch('app', 'Cart', '购物车'),
      feel(1, 'Looking forward to it', '期待'),
      pain(2, 'Shipping cost is unclear', '运费不明确'),
      idea(3, 1, 'Show the total with shipping', '展示含运费总价'),
    ]),
    stage('Order', '下单', goal('Submit the order', '提交订单'), [
      act('Fills in the address', '填写收货地址'),
      touch('app', 'Order form', '订单页'),
      feel(0, 'A little impatient', '有点不耐烦'),
      pain(2, 'The coupon does not apply', '优惠券用不了'),
    ]),
    stage('Payment', '支付', goal('Pay without friction', '顺利完成支付'), [
      act('Pays with a mobile wallet', '使用移动钱包支付'),
      touch('app', 'Payment page', '支付页面'),
      feel(2, 'Satisfied', '满意'),
      pain(3, 'The payment fails', '支付失败'),
      idea(3, 2, 'More payment methods', '更多支付方式'),
    ]),
  ],
};

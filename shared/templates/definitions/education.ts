import { act, feel, goal, idea, pain, stage, STANDARD_LANES, touch } from '../template-kit';
import type { TemplateDefinition } from '../types';

export const educationTemplate: TemplateDefinition = {
  id: 'education',
  name: { en: 'Education enrolment', zh: '教育招生' },
  description: {
    en: 'A training or tutoring journey from outreach to renewal.',
    zh: '从招生触达到续费的教育培训旅程。',
  },
  lanes: STANDARD_LANES,
  stages: [
    stage('Outreach', '招生触达', goal('Reach parents and learners', '触达家长和学员'), [
      act('A parent sees a flyer', '家长看到招生海报'),
      touch('social', 'WeChat article', '公众号文章'),
      feel(0, 'Curious', '好奇'),
      pain(1, 'Hard to judge the quality', '难以判断教学质量'),
    ]),
    stage('Trial class', '试听课', goal('Book and attend a trial', '预约并参加试听'), [
      act('The child attends a trial class', '孩子参加试听课'),
      touch('store', 'Campus visit', '校区参观'),
      feel(1, 'Impressed by the teacher', '对老师印象好'),
      pain(2, 'Trial times do not fit', '试听时间不合适'),
      idea(2, 1, 'Weekend trial slots', '增加周末试听时段'),
    ]),
    stage('Enrolment', '报名', goal('Choose a course and pay', '选课并缴费'), [
      act('Chooses a course package', '选择课程套餐'),
      touch('salesRep', 'Course advisor', '课程顾问'),
      feel(-1, 'Worried about the price', '担心价格'),
      pain(2, 'Too many package options', '套餐选项太多'),
      idea(2, 1, 'Clear package comparison', '清晰的套餐对比'),
    ]),
    stage('Learning', '学习', goal('Keep learners engaged', '保持学习积极性'), [
      act('Attends weekly classes', '每周上课'),
      touch('app', 'Homework app', '作业 App'),
      feel(1, 'Sees progress', '看到进步'),
      pain(2, 'Few progress updates', '学习反馈少'),
    ]),
    stage('Renewal', '续费', goal('Renew for the next term', '续报下一期'), [
      act('Decides whether to renew', '决定是否续费'),
      touch('phone', 'Renewal call', '续费沟通电话'),
      feel(0, 'Weighing the value', '衡量性价比'),
      pain(2, 'The renewal reminder comes too late', '续费提醒太晚'),
      idea(3, 1, 'Progress report before renewal', '续费前发送学习报告'),
    ]),
  ],
};

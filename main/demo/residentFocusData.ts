// Embedded demo data: the "Resident Focus Project" action plan.
// All people are fictional. Dates are offsets from the day the demo is loaded (see demoTypes.ts).
// Recommendations are written in the spirit of an independent customer-service and repairs
// review; the wording here is our own.

import type { DemoDataSet } from './demoTypes';

export const residentFocusDemo: DemoDataSet = {
  teams: [
    { key: 'housing-mgmt', name: 'Housing Management' },
    { key: 'repairs', name: 'Repairs and Maintenance' },
    { key: 'property-compliance', name: 'Property Services and Compliance' },
    { key: 'customer-services', name: 'Customer Services' },
    { key: 'engagement', name: 'Resident Engagement' },
    { key: 'strategy-policy', name: 'Housing Strategy and Policy' },
    { key: 'people-training', name: 'People and Training' },
  ],

  people: [
    {
      key: 'amara-okafor',
      name: 'Amara Okafor',
      jobTitle: 'Head of Housing Management',
      teamKey: 'housing-mgmt',
      email: 'amara.okafor@example-council.gov.uk',
    },
    {
      key: 'chloe-whitfield',
      name: 'Chloe Whitfield',
      jobTitle: 'Estate Manager',
      teamKey: 'housing-mgmt',
      email: 'chloe.whitfield@example-council.gov.uk',
    },
    {
      key: 'gareth-pryce',
      name: 'Gareth Pryce',
      jobTitle: 'Head of Repairs and Maintenance',
      teamKey: 'repairs',
      email: 'gareth.pryce@example-council.gov.uk',
    },
    {
      key: 'tomasz-nowak',
      name: 'Tomasz Nowak',
      jobTitle: 'Repairs Contract Manager',
      teamKey: 'repairs',
      email: 'tomasz.nowak@example-council.gov.uk',
    },
    {
      key: 'ian-cartwright',
      name: 'Ian Cartwright',
      jobTitle: 'Head of Property Services',
      teamKey: 'property-compliance',
      email: 'ian.cartwright@example-council.gov.uk',
    },
    {
      key: 'helen-marsh',
      name: 'Helen Marsh',
      jobTitle: 'Compliance Manager',
      teamKey: 'property-compliance',
      email: 'helen.marsh@example-council.gov.uk',
    },
    {
      key: 'sunita-bhatt',
      name: 'Sunita Bhatt',
      jobTitle: 'Customer Services Manager',
      teamKey: 'customer-services',
      email: 'sunita.bhatt@example-council.gov.uk',
    },
    {
      key: 'lewis-carden',
      name: 'Lewis Carden',
      jobTitle: 'Resident Engagement Manager',
      teamKey: 'engagement',
      email: 'lewis.carden@example-council.gov.uk',
    },
    {
      key: 'rachel-dunmore',
      name: 'Rachel Dunmore',
      jobTitle: 'Project Manager (Resident Focus Project)',
      teamKey: 'strategy-policy',
      email: 'rachel.dunmore@example-council.gov.uk',
    },
    {
      key: 'daniel-achebe',
      name: 'Daniel Achebe',
      jobTitle: 'Policy Officer',
      teamKey: 'strategy-policy',
      email: 'daniel.achebe@example-council.gov.uk',
    },
    {
      key: 'marcus-ellery',
      name: 'Marcus Ellery',
      jobTitle: 'Performance and Systems Officer',
      teamKey: 'strategy-policy',
      email: 'marcus.ellery@example-council.gov.uk',
    },
    {
      key: 'owen-treharne',
      name: 'Owen Treharne',
      jobTitle: 'Learning and Development Lead',
      teamKey: 'people-training',
      email: 'owen.treharne@example-council.gov.uk',
    },
    {
      key: 'nadia-rahman',
      name: 'Nadia Rahman',
      jobTitle: 'HR Business Partner',
      teamKey: 'people-training',
      email: 'nadia.rahman@example-council.gov.uk',
    },
  ],

  programmes: [
    {
      code: 'RFP',
      name: 'Resident Focus Project',
      source: 'Independent review of customer service and repairs (Pennington Choices)',
      reviewDaysAgo: 430,
      description:
        'An independent review of our customer service and repairs functions heard from residents, staff and councillors and made 24 recommendations for improvement. ' +
        'The Resident Focus Project is how we are putting those recommendations into practice, with a lead officer and a target date for each one. ' +
        'We publish progress on every recommendation each month so residents can see what has been done and what is still to come.',
      recommendations: [
        // ---------------------------------------------------------------- Customer service standards
        {
          ref: 'R1',
          title: 'Publish customer service standards for each service area',
          fullText:
            'Develop a clear set of customer service standards for each area of the Housing Service, including repairs and maintenance, rents and money matters, tenancy management and antisocial behaviour. ' +
            'Each standard should say what residents can expect, how quickly, and what to do if the standard is not met. ' +
            'The standards should be shared with staff and residents and used to measure performance.',
          theme: 'Customer service standards',
          ownerKey: 'amara-okafor',
          leadTeamKey: 'housing-mgmt',
          priority: 'high',
          originalTargetOffsetDays: -155,
          status: 'completed',
          completedDaysAgo: 150,
          publicSummary:
            'Twelve new service standards are now published on our website. They explain what you can expect from us for repairs, rents, tenancy matters, antisocial behaviour and more.',
          actions: [
            {
              title: 'Draft first six service standards (ASB, home ownership, repairs, lettings and two others)',
              ownerKey: 'amara-okafor',
              dueOffsetDays: -330,
              status: 'completed',
            },
            {
              title: 'Service managers review and sign off all twelve standards',
              ownerKey: 'amara-okafor',
              dueOffsetDays: -200,
              status: 'completed',
            },
            {
              title: 'Publish standards online and in the @Home newsletter',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -155,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 362,
              body: 'Six new customer service standards have been drafted, covering areas such as antisocial behaviour, home ownership, repairs & maintenance and allocations & lettings. Twelve standards will be introduced in total.',
              visibility: 'public',
            },
            {
              daysAgo: 300,
              body: 'Service managers’ first comments back. Repairs standard needs rewriting – current draft promises timescales the contractor can’t hit. Going back to the contract schedule before we publish anything.',
              visibility: 'internal',
            },
            {
              daysAgo: 212,
              body: 'Service standards for key topics are finalised and are with service managers for a last check before they are published.',
              visibility: 'public',
            },
            {
              daysAgo: 150,
              body: 'All twelve service standards are now published on our website. They explain what you can expect from us in each area and what to do if we fall short.',
              visibility: 'public',
            },
          ],
        },
        {
          ref: 'R2',
          title: 'Create a single point of contact for housing and repairs enquiries',
          fullText:
            'Establish a central contact centre function for Housing and Repairs that acts as the first point of contact for residents by phone, email and letter. ' +
            'Residents should not have to work out which of many phone numbers or mailboxes to use. ' +
            'The design should be developed with staff and should keep the option for residents to speak to their estate team in person.',
          theme: 'Customer service standards',
          ownerKey: 'sunita-bhatt',
          leadTeamKey: 'customer-services',
          priority: 'high',
          originalTargetOffsetDays: -60,
          revisedTargetOffsetDays: 120,
          revisedReason: 'Staff consultation extended and new telephony system not yet procured',
          status: 'in_progress',
          publicSummary:
            'We are designing one contact point for all housing and repairs queries so you no longer have to chase the right phone number or email address. Staff have been consulted and the new service is being planned.',
          actions: [
            {
              title: 'Agree design principles for the contact centre',
              ownerKey: 'sunita-bhatt',
              dueOffsetDays: -300,
              status: 'completed',
            },
            {
              title: 'Run staff workshops and formal staff consultation',
              ownerKey: 'nadia-rahman',
              dueOffsetDays: -150,
              status: 'completed',
            },
            {
              title: 'Procure telephony and case-logging system',
              ownerKey: 'marcus-ellery',
              dueOffsetDays: 45,
              status: 'in_progress',
            },
            {
              title: 'Go live with single phone number and shared mailbox',
              ownerKey: 'sunita-bhatt',
              dueOffsetDays: 120,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 335,
              body: 'Discussions have started about a central contact centre for housing and repairs. Staff will be involved before any options are chosen.',
              visibility: 'public',
            },
            {
              daysAgo: 268,
              body: 'Design principles agreed: first point of contact for housing and repairs, handles email and letters too, estate offices stay. Costing still rough – need finance input before we go to staff.',
              visibility: 'internal',
            },
            {
              daysAgo: 215,
              body: 'We held workshops with staff about a “single point of contact” for residents. Many ideas were shared about how a housing contact centre could work best for you.',
              visibility: 'public',
            },
            {
              daysAgo: 118,
              body: 'Consultation extended by six weeks at the unions’ request. Realistic go-live now depends on telephony procurement; proposing revised target to the project board.',
              visibility: 'internal',
            },
            {
              daysAgo: 34,
              body: 'Three telephony bids received. Evaluation panel meets next week. Risk: IT capacity to integrate with the housing system before the spring.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R3',
          title: 'Set response standards and plain-English templates for letters, emails and calls',
          fullText:
            'Introduce response standards for calls, emails and letters so residents get a timely, personal answer rather than a formulaic one. ' +
            'Review standard letters and email templates so they are written in plain English and always give a named contact and next steps. ' +
            'Check a sample of responses each month for quality.',
          theme: 'Customer service standards',
          ownerKey: 'sunita-bhatt',
          leadTeamKey: 'customer-services',
          priority: 'medium',
          originalTargetOffsetDays: 20,
          status: 'in_progress',
          publicSummary:
            'We are rewriting our standard letters and emails in plain English and setting clear timescales for replying to you. Every reply should tell you who is dealing with your query and what happens next.',
          actions: [
            {
              title: 'Audit existing standard letters and email templates',
              ownerKey: 'sunita-bhatt',
              dueOffsetDays: -90,
              status: 'completed',
            },
            {
              title: 'Rewrite the 40 most-used templates in plain English',
              ownerKey: 'daniel-achebe',
              dueOffsetDays: 10,
              status: 'in_progress',
            },
            {
              title: 'Start monthly quality check of a sample of responses',
              ownerKey: 'sunita-bhatt',
              dueOffsetDays: 20,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 96,
              body: 'Template audit done: 212 standard letters in use, many duplicates, some still quoting the old repairs number. Aim to cut to under 60.',
              visibility: 'internal',
            },
            {
              daysAgo: 41,
              body: 'We are rewriting our most-used letters and emails in plain English. Residents from the HUB consultation group have helped test the new wording.',
              visibility: 'public',
            },
            {
              daysAgo: 8,
              body: '27 of 40 templates rewritten and signed off. Legal still to check the rent arrears letters – may slip the quality-check start by a week or two.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R4',
          title: 'Review housing policies and fill the gaps, involving residents',
          fullText:
            'Carry out a full review of housing policies, identify any that are missing or out of date and put in place a programme to draft, consult on and approve them. ' +
            'Residents should be consulted through the Housing User Board before policies go to Committee. ' +
            'Approved policies should be published online and followed by written procedures for staff.',
          theme: 'Customer service standards',
          ownerKey: 'daniel-achebe',
          leadTeamKey: 'strategy-policy',
          priority: 'high',
          originalTargetOffsetDays: -30,
          revisedTargetOffsetDays: 10,
          revisedReason: 'Committee meeting postponed to September',
          status: 'in_progress',
          publicSummary:
            'We have written or updated many housing policies, including Complaints, Asbestos, Electrical, Lift and Water Safety. Policies on Compensation, Damp & Mould, Fire Safety and Repairs have been reviewed by residents and go to Committee next.',
          actions: [
            {
              title: 'Compile list of missing and out-of-date policies',
              ownerKey: 'daniel-achebe',
              dueOffsetDays: -355,
              status: 'completed',
            },
            {
              title: 'Approve compliance policies (Asbestos, Electrical, Lift, Water Safety) and Reasonable Adjustments',
              ownerKey: 'daniel-achebe',
              dueOffsetDays: -150,
              status: 'completed',
            },
            {
              title: 'HUB consultation on Compensation, Damp & Mould, Fire Safety and Repairs & Maintenance',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -20,
              status: 'completed',
            },
            {
              title: 'Take remaining policies to Housing Sub-Committee for approval',
              ownerKey: 'daniel-achebe',
              dueOffsetDays: 10,
              status: 'in_progress',
            },
          ],
          notes: [
            {
              daysAgo: 358,
              body: 'A list of missing policies has been put together and work has started on drafting them.',
              visibility: 'public',
            },
            {
              daysAgo: 240,
              body: 'New policies are being drafted, including several about safety compliance. Tenancy Management, Fire Safety and Repairs policies are among the first.',
              visibility: 'public',
            },
            {
              daysAgo: 178,
              body: 'Sub-Committee moved to 1 May. Compliance policies pushed with it – nothing we can do, but flag to the board that the Big Six policies are now six weeks later than planned.',
              visibility: 'internal',
            },
            {
              daysAgo: 140,
              body: 'Committee has approved our new Asbestos Management, Electrical Safety, Lift Safety, Water Safety and Reasonable Adjustments policies. They are now on our Housing Policies web page.',
              visibility: 'public',
            },
            {
              daysAgo: 75,
              body: 'Members asked for more detail in the Equality, Diversity & Inclusion policy before approving it. Redraft with the equalities officer; aim for the next cycle.',
              visibility: 'internal',
            },
            {
              daysAgo: 22,
              body: 'The HUB consultation group has reviewed our new Compensation, Damp & Mould, Fire Safety and Repairs & Maintenance policies. We are considering their feedback before the policies go to Committee.',
              visibility: 'public',
            },
          ],
        },

        // ---------------------------------------------------------------- Ownership and accountability
        {
          ref: 'R5',
          title: 'Publish a “who does what” guide for staff on the intranet',
          fullText:
            'Create and maintain an intranet resource that sets out which team or individual is responsible for each part of the Housing Service. ' +
            'Staff should be able to find the right owner for a query quickly instead of relying on experience or asking around. ' +
            'The guide should be reviewed whenever the structure changes.',
          theme: 'Ownership and accountability',
          ownerKey: 'rachel-dunmore',
          leadTeamKey: 'strategy-policy',
          priority: 'medium',
          originalTargetOffsetDays: -305,
          status: 'completed',
          completedDaysAgo: 300,
          publicSummary:
            'Staff now have an online guide showing which team deals with each part of the housing service. This helps them pass your query to the right person first time.',
          actions: [
            {
              title: 'Map responsibilities across Housing, Repairs and Property Services',
              ownerKey: 'rachel-dunmore',
              dueOffsetDays: -340,
              status: 'completed',
            },
            {
              title: 'Publish “who does what” pages on the staff intranet',
              ownerKey: 'rachel-dunmore',
              dueOffsetDays: -305,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 340,
              body: 'We are finishing new pages for staff that show which team or person is responsible for each part of the housing service, to help them resolve your queries faster.',
              visibility: 'public',
            },
            {
              daysAgo: 300,
              body: 'Who-does-what pages live. 14 “orphan” tasks found with no owner – listed for the structure work under R15 rather than holding this up.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R6',
          title: 'Make one named officer responsible for each enquiry until it is resolved',
          fullText:
            'Introduce case ownership so that every resident enquiry has a named officer who keeps the resident informed and sees it through to resolution, even when other teams are involved. ' +
            'Set out a clear escalation route that residents and staff understand. ' +
            'Residents should get the same quality of response as councillors do when they raise an issue.',
          theme: 'Ownership and accountability',
          ownerKey: 'amara-okafor',
          leadTeamKey: 'housing-mgmt',
          priority: 'high',
          originalTargetOffsetDays: -45,
          status: 'in_progress',
          publicSummary:
            'When you contact us, one named officer will own your query and keep you updated until it is sorted. We are also publishing a clear route for escalating a query if you are not happy. This is running later than planned.',
          actions: [
            {
              title: 'Write case ownership and escalation procedure',
              ownerKey: 'amara-okafor',
              dueOffsetDays: -120,
              status: 'completed',
            },
            {
              title: 'Configure housing system to record a named case owner',
              ownerKey: 'marcus-ellery',
              dueOffsetDays: -45,
              status: 'in_progress',
            },
            {
              title: 'Publish escalation route for residents',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -30,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 190,
              body: 'Staff across housing, property services and our contractors are meeting to agree who is responsible for what and to write clear procedures. You should see a more consistent and fair service as a result.',
              visibility: 'public',
            },
            {
              daysAgo: 125,
              body: 'Procedure drafted. Sticking point: communal repairs – housing says repairs own them, repairs says estate teams do. Needs a decision from heads of service, not another workshop.',
              visibility: 'internal',
            },
            {
              daysAgo: 52,
              body: 'System change to add a case-owner field is stuck in the IT queue behind the year-end rent run. Now overdue; escalated to the project board.',
              visibility: 'internal',
            },
            {
              daysAgo: 12,
              body: 'We are changing our systems so every query is given a named officer who owns it. This is taking longer than we planned, and we will tell you when it is in place.',
              visibility: 'public',
            },
          ],
        },
        {
          ref: 'R7',
          title: 'Introduce a performance dashboard and scorecards',
          fullText:
            'Develop a suite of key performance indicators and service scorecards covering Housing and Repairs. ' +
            'Track performance monthly and report it to senior managers, the Executive Director and Members. ' +
            'Use the data to spot trends, hold teams to account and report performance to residents.',
          theme: 'Ownership and accountability',
          ownerKey: 'marcus-ellery',
          leadTeamKey: 'strategy-policy',
          priority: 'high',
          originalTargetOffsetDays: -335,
          status: 'completed',
          completedDaysAgo: 330,
          publicSummary:
            'We now track our housing and repairs performance every month on a dashboard. Senior managers and councillors review it, and we use it to report our performance to you.',
          actions: [
            {
              title: 'Agree KPI set and scorecards with heads of service',
              ownerKey: 'marcus-ellery',
              dueOffsetDays: -375,
              status: 'completed',
            },
            {
              title: 'Build and test the performance dashboard',
              ownerKey: 'marcus-ellery',
              dueOffsetDays: -340,
              status: 'completed',
            },
            {
              title: 'Start monthly performance reporting to senior managers and Members',
              ownerKey: 'rachel-dunmore',
              dueOffsetDays: -335,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 365,
              body: 'A set of key performance indicators and scorecards has been agreed. Monthly performance tracking will start next month.',
              visibility: 'public',
            },
            {
              daysAgo: 345,
              body: 'Dashboard draft in test. Repairs data from the contractor arrives as a spreadsheet and needs manual cleaning each month – not sustainable, raise with the contract manager.',
              visibility: 'internal',
            },
            {
              daysAgo: 330,
              body: 'Our new performance dashboard is ready. It shows how we are doing on repairs, antisocial behaviour, lettings and more, and helps us spot where we need to improve.',
              visibility: 'public',
            },
          ],
        },

        // ---------------------------------------------------------------- Resources
        {
          ref: 'R8',
          title: 'Review estate office resourcing, opening hours and accessibility',
          fullText:
            'Review how estate offices are staffed and used so that staff can deal with residents’ queries in person and still have time for casework. ' +
            'Publish clear opening hours and make sure every office is accessible, including hearing loops. ' +
            'Consider whether repairs staff should hold regular sessions at estate offices.',
          theme: 'Resources',
          ownerKey: 'chloe-whitfield',
          leadTeamKey: 'housing-mgmt',
          priority: 'medium',
          originalTargetOffsetDays: 90,
          status: 'in_progress',
          publicSummary:
            'All estate offices now have hearing loops. We are reviewing opening hours and staffing so that you can see someone in person and your queries are dealt with quickly.',
          actions: [
            {
              title: 'Fit hearing loops in all estate offices',
              ownerKey: 'chloe-whitfield',
              dueOffsetDays: -20,
              status: 'completed',
            },
            {
              title: 'Record footfall and query types at each office for eight weeks',
              ownerKey: 'chloe-whitfield',
              dueOffsetDays: 30,
              status: 'in_progress',
            },
            {
              title: 'Propose new opening hours and staffing model',
              ownerKey: 'amara-okafor',
              dueOffsetDays: 90,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 48,
              body: 'Over the next few weeks all estate offices will be fitted with new hearing loops, so our offices are accessible to everyone who visits.',
              visibility: 'public',
            },
            {
              daysAgo: 19,
              body: 'Hearing loops in and tested at all five offices. Footfall count started; two offices already show most visits are repairs chasing – links to R21.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R9',
          title: 'Give new staff IT access, phones and equipment from their first day',
          fullText:
            'Agree a joint process between HR, IT and managers so that new starters have system access, a mobile phone and the equipment they need on their first day. ' +
            'Delays of several weeks stop new staff helping residents. ' +
            'Track time to full access as part of the induction process.',
          theme: 'Resources',
          ownerKey: 'nadia-rahman',
          leadTeamKey: 'people-training',
          priority: 'medium',
          originalTargetOffsetDays: 45,
          status: 'not_started',
          publicSummary:
            'We will make sure new staff can use our systems from their first day so they can help you straight away. Work on this will start soon.',
          actions: [
            {
              title: 'Agree starter checklist and lead times with IT',
              ownerKey: 'nadia-rahman',
              dueOffsetDays: 20,
              status: 'not_started',
            },
            {
              title: 'Report time-to-access for every new starter',
              ownerKey: 'nadia-rahman',
              dueOffsetDays: 45,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 65,
              body: 'Held back until the Starter Hub relaunch is done (R12). IT service desk have agreed in principle to a five-day lead time if HR raise the request at offer stage.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R10',
          title: 'Appoint a Compliance Manager to oversee the Big Six safety checks',
          fullText:
            'Recruit a dedicated Compliance Manager to oversee the management of the “Big Six” safety areas: fire, electrical, water, lifts, gas and asbestos. ' +
            'Review capacity in Property Services so that safety checks and follow-up works are carried out on time. ' +
            'The post should lead a review of how compliance is managed and reported.',
          theme: 'Resources',
          ownerKey: 'ian-cartwright',
          leadTeamKey: 'property-compliance',
          priority: 'high',
          originalTargetOffsetDays: -100,
          status: 'completed',
          completedDaysAgo: 95,
          publicSummary:
            'A new Compliance Manager has joined us to oversee safety checks on fire, electrics, water, lifts, gas and asbestos in your home and block.',
          actions: [
            {
              title: 'Agree job description and grading',
              ownerKey: 'nadia-rahman',
              dueOffsetDays: -300,
              status: 'completed',
            },
            {
              title: 'Recruit Compliance Manager',
              ownerKey: 'ian-cartwright',
              dueOffsetDays: -160,
              status: 'completed',
            },
            {
              title: 'Induct Compliance Manager and hand over compliance review',
              ownerKey: 'ian-cartwright',
              dueOffsetDays: -100,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 305,
              body: 'We are recruiting a Compliance Manager to review how we manage the “Big Six” safety checks – lifts, gas, electrics, water hygiene, fire risk and asbestos.',
              visibility: 'public',
            },
            {
              daysAgo: 250,
              body: 'First round: two candidates, neither appointable. Agency interim covering gas and electrical certificates. Readvertising with a market supplement.',
              visibility: 'internal',
            },
            {
              daysAgo: 165,
              body: 'We have successfully recruited a Compliance Manager, who will oversee the management of the Big Six safety areas.',
              visibility: 'public',
            },
            {
              daysAgo: 95,
              body: 'Compliance Manager in post and has taken over the independent Big Six review actions. Closing R10; ongoing compliance reporting moves to the dashboard.',
              visibility: 'internal',
            },
          ],
        },

        // ---------------------------------------------------------------- Training and development
        {
          ref: 'R11',
          title: 'Carry out a skills scan and produce a training plan for every role',
          fullText:
            'Carry out a skills and training needs assessment for every job role in Housing and Property Services. ' +
            'Use it to produce a training plan that sets out which training each role needs and how often it should be refreshed. ' +
            'Priorities should include customer service, communication skills, equality and diversity, and complaint handling.',
          theme: 'Training and development',
          ownerKey: 'owen-treharne',
          leadTeamKey: 'people-training',
          priority: 'high',
          originalTargetOffsetDays: -245,
          status: 'completed',
          completedDaysAgo: 250,
          publicSummary:
            'We have checked the skills needed for every job in the housing service and have a training plan for the next 12–18 months. Customer service and complaint handling come first.',
          actions: [
            {
              title: 'Complete skills scan of each job role',
              ownerKey: 'owen-treharne',
              dueOffsetDays: -310,
              status: 'completed',
            },
            {
              title: 'Draft training plan and agree priorities with heads of service',
              ownerKey: 'owen-treharne',
              dueOffsetDays: -250,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 350,
              body: 'A training needs analysis by job type has been completed. Customer service, communication skills, equality & diversity and complaint handling will be prioritised.',
              visibility: 'public',
            },
            {
              daysAgo: 310,
              body: 'A ‘skills scan’ of each job role has been completed and will be used to build a training plan for our teams.',
              visibility: 'public',
            },
            {
              daysAgo: 252,
              body: 'Training plan signed off at project board. Budget only covers year one – year-two refreshers need a growth bid in the next budget round.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R12',
          title: 'Relaunch a structured induction for new staff (Starter Hub)',
          fullText:
            'Review the onboarding process so that every new member of staff has a structured induction suited to their role. ' +
            'Provide a clear central resource for new starters and their managers, linking to corporate and job-specific information. ' +
            'Make sure new starters are trained to a consistent standard across teams.',
          theme: 'Training and development',
          ownerKey: 'owen-treharne',
          leadTeamKey: 'people-training',
          priority: 'medium',
          originalTargetOffsetDays: -120,
          revisedTargetOffsetDays: -30,
          revisedReason: 'Staff intranet migration delayed the Starter Hub relaunch',
          status: 'completed',
          completedDaysAgo: 25,
          publicSummary: 'New staff now follow a structured induction through our relaunched Starter Hub, so they are ready to help you sooner.',
          actions: [
            {
              title: 'Write role-specific induction checklists',
              ownerKey: 'owen-treharne',
              dueOffsetDays: -180,
              status: 'completed',
            },
            {
              title: 'Build manager and starter pages on the new intranet',
              ownerKey: 'owen-treharne',
              dueOffsetDays: -40,
              status: 'completed',
            },
            {
              title: 'Relaunch Starter Hub and brief managers',
              ownerKey: 'nadia-rahman',
              dueOffsetDays: -30,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 296,
              body: 'We have a plan to improve how we welcome and train new staff. Resources are being written so every new starter gets an induction suited to their role.',
              visibility: 'public',
            },
            {
              daysAgo: 128,
              body: 'Intranet platform migration slipped to summer; no point building the hub twice. Asking the board to move the target.',
              visibility: 'internal',
            },
            {
              daysAgo: 25,
              body: 'We have relaunched the Starter Hub on our staff site. It gives new staff and their managers one place to find everything they need for a good start.',
              visibility: 'public',
            },
          ],
        },
        {
          ref: 'R13',
          title: 'Deliver customer service training to all frontline staff',
          fullText:
            'Deliver customer service training to all staff across Housing, Property Services and the estate teams, starting with frontline roles. ' +
            'Follow up with sessions for team managers on embedding the training in day-to-day work. ' +
            'Refresh the training for new starters and at regular intervals.',
          theme: 'Training and development',
          ownerKey: 'owen-treharne',
          leadTeamKey: 'people-training',
          priority: 'medium',
          originalTargetOffsetDays: -170,
          status: 'completed',
          completedDaysAgo: 180,
          publicSummary: 'All housing staff have completed customer service training, and team managers have been trained to keep it going in their teams.',
          actions: [
            {
              title: 'Commission customer service training provider',
              ownerKey: 'owen-treharne',
              dueOffsetDays: -260,
              status: 'completed',
            },
            {
              title: 'Deliver sessions to Housing, Property Services and estate teams',
              ownerKey: 'owen-treharne',
              dueOffsetDays: -200,
              status: 'completed',
            },
            {
              title: 'Run embedding session for team managers',
              ownerKey: 'owen-treharne',
              dueOffsetDays: -175,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 275,
              body: 'Customer service training will start in January for staff across housing, property services and the estate teams.',
              visibility: 'public',
            },
            {
              daysAgo: 228,
              body: 'Attendance at 81% after the first block. Repairs surveyors hardest to release – booked two extra dates on Fridays.',
              visibility: 'internal',
            },
            {
              daysAgo: 180,
              body: 'Staff across all areas have now completed customer service training, and team managers have attended a session on putting it into practice.',
              visibility: 'public',
            },
          ],
        },
        {
          ref: 'R14',
          title: 'Improve complaint handling in line with the Housing Ombudsman Code',
          fullText:
            'Update the Complaints policy and procedure so they meet the Housing Ombudsman’s Complaint Handling Code. ' +
            'Train all staff who handle complaints in investigating, responding and managing residents’ expectations. ' +
            'Use learning from complaints to improve services and report it to residents.',
          theme: 'Training and development',
          ownerKey: 'sunita-bhatt',
          leadTeamKey: 'customer-services',
          priority: 'high',
          originalTargetOffsetDays: 25,
          status: 'in_progress',
          publicSummary:
            'Councillors have approved our updated Complaints policy, which follows Housing Ombudsman advice. Staff who handle complaints are now being trained.',
          actions: [
            {
              title: 'Update Complaints policy against the Ombudsman Code',
              ownerKey: 'daniel-achebe',
              dueOffsetDays: -70,
              status: 'completed',
            },
            {
              title: 'Complaint handling training for all complaint handlers',
              ownerKey: 'owen-treharne',
              dueOffsetDays: 15,
              status: 'in_progress',
            },
            {
              title: 'Publish quarterly “you said, we did” learning from complaints',
              ownerKey: 'sunita-bhatt',
              dueOffsetDays: 25,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 158,
              body: 'Ombudsman self-assessment shows we miss the stage 1 acknowledgement timescale in about a third of cases. Policy redraft to fix, but the real issue is ownership – see R6.',
              visibility: 'internal',
            },
            {
              daysAgo: 60,
              body: 'Councillors have approved our new Complaints policy. It has been updated in line with Housing Ombudsman advice.',
              visibility: 'public',
            },
            {
              daysAgo: 15,
              body: 'Complaint handling training: four of six cohorts done. Remaining two booked for the next fortnight; then first “you said, we did” summary.',
              visibility: 'internal',
            },
          ],
        },

        // ---------------------------------------------------------------- Restructure
        {
          ref: 'R15',
          title: 'Explain the structure, roles and responsibilities to staff and residents',
          fullText:
            'Make sure staff and residents understand the structure of the Housing Service, who is responsible for what and the benefits the structure is meant to bring. ' +
            'Publish up-to-date structure charts and a “who’s who” for each estate. ' +
            'Resolve tasks that currently have no clear owner.',
          theme: 'Restructure',
          ownerKey: 'rachel-dunmore',
          leadTeamKey: 'strategy-policy',
          priority: 'medium',
          originalTargetOffsetDays: -20,
          status: 'not_started',
          publicSummary:
            'We will publish a “who’s who” for each estate so you know who to contact. This has been delayed while new senior staff settle into post.',
          actions: [
            {
              title: 'Agree owners for unassigned tasks found in the responsibilities mapping',
              ownerKey: 'amara-okafor',
              dueOffsetDays: -40,
              status: 'not_started',
            },
            {
              title: 'Publish structure charts and estate “who’s who” pages',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -20,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 280,
              body: 'Several staffing changes in housing and property services have delayed some actions while work is handed over to new colleagues.',
              visibility: 'public',
            },
            {
              daysAgo: 110,
              body: 'Not started – no sense publishing who’s who while two head-of-service posts are interim. Now past target; propose restarting once permanent heads are confirmed.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R16',
          title: 'Review job roles to remove overlaps between Housing and Property Services',
          fullText:
            'Review job descriptions across Housing Management, Repairs and Property Services to remove overlaps and gaps in responsibilities. ' +
            'Make sure each role has clear accountabilities that match the service standards. ' +
            'Involve staff and trade unions in the review.',
          theme: 'Restructure',
          ownerKey: 'nadia-rahman',
          leadTeamKey: 'people-training',
          priority: 'low',
          originalTargetOffsetDays: 180,
          status: 'on_hold',
          publicSummary:
            'We plan to review job roles so that responsibilities are clear. This is on hold until a wider council review of job roles is finished.',
          actions: [
            {
              title: 'Collect current job descriptions for all housing roles',
              ownerKey: 'nadia-rahman',
              dueOffsetDays: 60,
              status: 'on_hold',
            },
            {
              title: 'Consult staff and unions on proposed changes',
              ownerKey: 'nadia-rahman',
              dueOffsetDays: 180,
              status: 'on_hold',
            },
          ],
          notes: [
            {
              daysAgo: 205,
              body: 'Corporate HR has announced an organisation-wide job evaluation exercise. Running our own role review in parallel would duplicate it – putting R16 on hold.',
              visibility: 'internal',
            },
            {
              daysAgo: 85,
              body: 'Our review of job roles is on hold while the council completes a wider review of job roles. We will restart it as soon as that work is finished.',
              visibility: 'public',
            },
          ],
        },

        // ---------------------------------------------------------------- Communication
        {
          ref: 'R17',
          title: 'Develop a resident involvement and communication strategy',
          fullText:
            'Work with residents to create a new resident involvement strategy and communications plan that gives residents real influence over services. ' +
            'Move from telling residents about decisions to involving them before decisions are made, and explain why changes happen. ' +
            'Use a range of channels so residents can take part in ways that suit them.',
          theme: 'Communication',
          ownerKey: 'lewis-carden',
          leadTeamKey: 'engagement',
          priority: 'high',
          originalTargetOffsetDays: 60,
          status: 'in_progress',
          publicSummary:
            'With help from tenant engagement experts we are creating a new plan for how you can get involved and influence our services. Many residents came to our sessions and shared their views.',
          actions: [
            {
              title: 'Appoint tenant engagement adviser',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -345,
              status: 'completed',
            },
            {
              title: 'Hold engagement sessions with residents and staff',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -220,
              status: 'completed',
            },
            {
              title: 'Draft resident involvement strategy and communications plan',
              ownerKey: 'lewis-carden',
              dueOffsetDays: 30,
              status: 'in_progress',
            },
            {
              title: 'Approve strategy at Committee',
              ownerKey: 'lewis-carden',
              dueOffsetDays: 60,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 352,
              body: 'We have appointed TPAS, the tenant engagement experts, to help us create a new plan for involving residents and listening to you.',
              visibility: 'public',
            },
            {
              daysAgo: 260,
              body: 'Engagement sessions for residents and staff were well attended, and we gathered plenty of useful feedback on how new ways of getting involved might work.',
              visibility: 'public',
            },
            {
              daysAgo: 200,
              body: 'Adviser’s final report received. Good on structures, thin on digital channels – we’ll need to fill that gap ourselves.',
              visibility: 'internal',
            },
            {
              daysAgo: 58,
              body: 'Draft strategy out to the HUB for comment. Aim is Committee in two months; finance implications of the proposed resident panel allowances still unresolved.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R18',
          title: 'Bring back estate walkabouts and drop-ins, including evenings and weekends',
          fullText:
            'Reinstate regular estate walkabouts and drop-in sessions, at different times including evenings and weekends, so that all residents can take part. ' +
            'Repairs staff should attend walkabouts so that issues raised are owned and followed up. ' +
            'Publish the schedule in advance and report back on actions.',
          theme: 'Communication',
          ownerKey: 'chloe-whitfield',
          leadTeamKey: 'housing-mgmt',
          priority: 'medium',
          originalTargetOffsetDays: -335,
          status: 'completed',
          completedDaysAgo: 340,
          publicSummary:
            'Estate walkabouts and drop-ins are back, with some in the evening and at weekends. Repairs staff join the walkabouts and the schedule is on our website.',
          actions: [
            {
              title: 'Agree new walkabout and drop-in schedule with estate teams',
              ownerKey: 'chloe-whitfield',
              dueOffsetDays: -350,
              status: 'completed',
            },
            {
              title: 'Arrange for repairs staff to attend walkabouts',
              ownerKey: 'gareth-pryce',
              dueOffsetDays: -340,
              status: 'completed',
            },
            {
              title: 'Publish schedule online and in the newsletter',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -335,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 355,
              body: 'We have reviewed estate walkabouts and drop-ins and created a new schedule, which will be published shortly.',
              visibility: 'public',
            },
            {
              daysAgo: 170,
              body: 'Walkabout actions log: 62% closed within 28 days. Communal lighting and door-entry items are the long tail. Feeding into R23.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R19',
          title: 'Produce new handbooks for tenants and leaseholders',
          fullText:
            'Produce a new Tenants’ Handbook and a Leaseholders’ Handbook that explain services, responsibilities and how to get in touch. ' +
            'Consult residents on the content and design before publication. ' +
            'Make the handbooks available in print, online and in accessible formats.',
          theme: 'Communication',
          ownerKey: 'lewis-carden',
          leadTeamKey: 'engagement',
          priority: 'medium',
          originalTargetOffsetDays: -180,
          revisedTargetOffsetDays: -90,
          revisedReason: 'Design contract re-let; resident consultation moved to the spring',
          status: 'in_progress',
          publicSummary:
            'New handbooks for tenants and leaseholders are being designed. We will ask residents for their views before they are published. This is running later than planned.',
          actions: [
            {
              title: 'Agree handbook wording with service managers',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -240,
              status: 'completed',
            },
            {
              title: 'Design handbooks',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -120,
              status: 'in_progress',
            },
            {
              title: 'Consult residents on draft handbooks',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -90,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 282,
              body: 'A new Tenants’ Handbook and a similar handbook for leaseholders are being written. We are agreeing the wording before moving on to design.',
              visibility: 'public',
            },
            {
              daysAgo: 222,
              body: 'Our new handbooks for tenants and leaseholders are being designed and will go out to residents for comment in the spring.',
              visibility: 'public',
            },
            {
              daysAgo: 145,
              body: 'Design agency went into administration mid-job. Files recovered but we need to re-let the design work. Target moved; still likely to slip further.',
              visibility: 'internal',
            },
            {
              daysAgo: 30,
              body: 'Handbooks now past the revised date. New designer appointed; first proofs due in three weeks. Need to line up the HUB for consultation straight after.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R20',
          title: 'Publish the review findings and a monthly progress update',
          fullText:
            'Publish a summary of the review’s findings, including what residents, staff and Members said. ' +
            'Set up a dedicated web page and branding for the improvement programme, with the action plan and a progress update every month. ' +
            'Promote updates through the newsletter and social media.',
          theme: 'Communication',
          ownerKey: 'rachel-dunmore',
          leadTeamKey: 'engagement',
          priority: 'low',
          originalTargetOffsetDays: -365,
          status: 'completed',
          completedDaysAgo: 362,
          publicSummary: 'The review’s findings and our action plan are on our website, and we post an update on progress every month.',
          actions: [
            {
              title: 'Publish summary of findings',
              ownerKey: 'rachel-dunmore',
              dueOffsetDays: -395,
              status: 'completed',
            },
            {
              title: 'Launch Resident Focus Project web page and branding',
              ownerKey: 'lewis-carden',
              dueOffsetDays: -375,
              status: 'completed',
            },
          ],
          notes: [
            {
              daysAgo: 365,
              body: 'The Customer Service and Repairs Review has a new name – the Resident Focus Project. Look out for our new logo on future updates and in the @Home newsletter.',
              visibility: 'public',
            },
            {
              daysAgo: 235,
              body: 'A dedicated project manager has started, who will oversee progress on the Resident Focus Project.',
              visibility: 'public',
            },
            {
              daysAgo: 5,
              body: 'Web page analytics: monthly update page views roughly doubled since we started linking it from the newsletter. Keep the bullets short.',
              visibility: 'internal',
            },
          ],
        },

        // ---------------------------------------------------------------- Repairs
        {
          ref: 'R21',
          title: 'Make it easier to report repairs and keep residents updated',
          fullText:
            'Improve the repairs reporting process so that it is simple and accessible, including online reporting. ' +
            'Once a repair is logged, residents should be able to see where it is up to, the expected timescale and how to escalate if needed. ' +
            'Residents should be told when a repair cannot be fixed first time, especially for communal repairs.',
          theme: 'Repairs',
          ownerKey: 'gareth-pryce',
          leadTeamKey: 'repairs',
          priority: 'high',
          originalTargetOffsetDays: 30,
          revisedTargetOffsetDays: 210,
          revisedReason: 'Awaiting new repairs contract',
          status: 'in_progress',
          publicSummary:
            'We are improving how you report repairs and how we keep you updated, including for repairs in communal areas. The new system will come in with our new repairs contract.',
          actions: [
            {
              title: 'Map current repairs reporting journey with residents',
              ownerKey: 'gareth-pryce',
              dueOffsetDays: -150,
              status: 'completed',
            },
            {
              title: 'Include live job tracking and text updates in new contract specification',
              ownerKey: 'tomasz-nowak',
              dueOffsetDays: -60,
              status: 'completed',
            },
            {
              title: 'Launch online repairs reporting with job tracking',
              ownerKey: 'gareth-pryce',
              dueOffsetDays: 210,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 152,
              body: 'Journey mapping with residents done. Biggest pain point: communal repairs have no reference number given back to the resident, so there is nothing to chase.',
              visibility: 'internal',
            },
            {
              daysAgo: 100,
              body: 'Our new Head of Repairs & Maintenance has joined. They will take forward the changes to how you report repairs and how we keep you informed.',
              visibility: 'public',
            },
            {
              daysAgo: 70,
              body: 'We have gone out to tender for a new repairs and maintenance contract. Meanwhile staff are still meeting the current contractors to sort out service issues.',
              visibility: 'public',
            },
            {
              daysAgo: 66,
              body: 'No point building tracking on the outgoing contractor’s system. Target moved to six weeks after new contract mobilisation.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R22',
          title: 'Strengthen post-inspections and repairs contract management',
          fullText:
            'Increase post-inspections of completed repairs, with a set percentage inspected each month and communal repairs included. ' +
            'Strengthen contract management so that quality, timeliness and repeat repairs are monitored and acted on. ' +
            'Set out clearly the standard of work residents can expect.',
          theme: 'Repairs',
          ownerKey: 'tomasz-nowak',
          leadTeamKey: 'repairs',
          priority: 'high',
          originalTargetOffsetDays: -110,
          status: 'in_progress',
          publicSummary:
            'We are checking more completed repairs and holding our contractors to account for the quality of their work. This is taking longer than planned.',
          actions: [
            {
              title: 'Set post-inspection target (10% of jobs, all communal jobs over £500)',
              ownerKey: 'tomasz-nowak',
              dueOffsetDays: -200,
              status: 'completed',
            },
            {
              title: 'Recruit two repairs inspectors',
              ownerKey: 'gareth-pryce',
              dueOffsetDays: -110,
              status: 'in_progress',
            },
            {
              title: 'Monthly contract meetings with quality and repeat-repair reporting',
              ownerKey: 'tomasz-nowak',
              dueOffsetDays: -90,
              status: 'in_progress',
            },
          ],
          notes: [
            {
              daysAgo: 320,
              body: 'Post-inspections running at around 2% of jobs. Contractor self-certifies most completions. This needs inspectors, not a policy.',
              visibility: 'internal',
            },
            {
              daysAgo: 185,
              body: 'We are meeting our repairs contractors every month to review the quality and speed of their work and tackle any problems.',
              visibility: 'public',
            },
            {
              daysAgo: 112,
              body: 'Inspector posts failed to recruit – pay below market. Regrading request with HR. Now overdue; interim use of agency inspector for communal jobs only.',
              visibility: 'internal',
            },
            {
              daysAgo: 44,
              body: 'Agency inspector has checked 96 communal jobs: 17 not completed to standard & returned to the contractor at no cost. Evidence going into the new contract’s KPI set.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R23',
          title: 'Give complex and communal repairs a named owner and escalation route',
          fullText:
            'Introduce a clear process for complex and communal repairs so that each one has a named owner who keeps residents updated until it is complete. ' +
            'Set target timescales for complex jobs and an escalation route when they are missed. ' +
            'Report progress on long-running repairs to residents’ associations.',
          theme: 'Repairs',
          ownerKey: 'gareth-pryce',
          leadTeamKey: 'repairs',
          priority: 'medium',
          originalTargetOffsetDays: -15,
          status: 'not_started',
          publicSummary:
            'We will make sure every complex or communal repair has a named officer who keeps you updated until it is done. Work on this has not started yet and is behind schedule.',
          actions: [
            {
              title: 'Agree definition of complex repair and target timescales',
              ownerKey: 'gareth-pryce',
              dueOffsetDays: -45,
              status: 'not_started',
            },
            {
              title: 'Set up long-running repairs report for residents’ associations',
              ownerKey: 'tomasz-nowak',
              dueOffsetDays: -15,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 135,
              body: 'Holding until new Head of Repairs is in post and the R6 ownership procedure settles who owns communal repairs. Flagged as a likely slip.',
              visibility: 'internal',
            },
            {
              daysAgo: 14,
              body: 'Now overdue. Head of Repairs to bring a proposal to the next project board – risk that residents see this as the “black hole” issue being ignored.',
              visibility: 'internal',
            },
          ],
        },
        {
          ref: 'R24',
          title: 'Reduce repeat repairs by getting more jobs right first time',
          fullText:
            'Analyse repeat repairs to find the common causes, such as missing information at the point of reporting or the wrong trade being sent. ' +
            'Set a right-first-time target in the new repairs contract and report it monthly. ' +
            'Share the results with residents.',
          theme: 'Repairs',
          ownerKey: 'tomasz-nowak',
          leadTeamKey: 'repairs',
          priority: 'low',
          originalTargetOffsetDays: 240,
          status: 'not_started',
          publicSummary:
            'We will look at why some repairs need more than one visit and set a target for fixing more jobs first time. This will start when the new repairs contract begins.',
          actions: [
            {
              title: 'Analyse 12 months of repeat repairs data',
              ownerKey: 'marcus-ellery',
              dueOffsetDays: 150,
              status: 'not_started',
            },
            {
              title: 'Report right-first-time performance monthly',
              ownerKey: 'tomasz-nowak',
              dueOffsetDays: 240,
              status: 'not_started',
            },
          ],
          notes: [
            {
              daysAgo: 88,
              body: 'Right-first-time KPI written into the tender specification. Analysis waits for the new contractor’s data – old system doesn’t record the reason for a repeat visit.',
              visibility: 'internal',
            },
          ],
        },
      ],
    },
  ],
};

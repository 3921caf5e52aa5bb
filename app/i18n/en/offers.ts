/** English catalogue: offers. */
export const offers: Record<string, string> = {
  // pages and navigation
  "offers.my.title": "My offers",
  "offers.my.lead":
    'Offers of your organisations in open competitions: drafts, submitted and withdrawn. You start an offer from the competition\'s page ("Submit an offer").',
  "offers.my.empty": "You have no offers yet.",
  "offers.my.findCompetition": "See open competitions",
  "offers.panel.hint": "your organisations' offers in open competitions, drafts and submitted ones.",
  "offers.my.asPartner": "partner of a joint offer",
  "offers.untitled": "Untitled offer",
  "offers.breadcrumbs": "You are here",
  "offers.breadcrumbs.panel": "My organisations",
  "offers.sections.nav": "Parts of the offer",
  "offers.overview.short": "Overview",
  "offers.overview.title": "Offer: {title}",
  "offers.overview.sections": "Parts of the offer",
  "offers.overview.parameters": "Competition conditions the offer does not meet yet",
  "offers.overview.parametersHint":
    "Each item links to the field to fix. You can save the offer with these remarks, but you cannot submit it.",
  "offers.overview.more": "Attachments, partners and preview",
  "offers.attachments.link": "Attachments to the offer",
  "offers.attachments.short": "Attachments",
  "offers.attachments.count": "files added: {count}",
  "offers.partners.link": "Partners (joint offer)",
  "offers.partners.short": "Partners",
  "offers.preview.short": "Preview",
  "offers.preview.title": "Offer preview",
  "offers.preview.lead":
    "This is how the offer will look on the official template. It is a draft: no receipt number and no checksum.",
  "offers.preview.html": "Preview the offer on the page",
  "offers.preview.pdf": "Preview the offer as PDF (draft)",
  "offers.col.title": "Offer title",
  "offers.col.competition": "Competition",
  "offers.col.organization": "Organisation",
  "offers.col.status": "Status",
  "offers.col.grant": "Grant requested",
  "offers.col.deadline": "Deadline for offers",
  "offers.col.receipt": "Receipt number",
  "offers.status.draft": "Draft",
  "offers.status.submitted": "Submitted",
  "offers.status.withdrawn": "Withdrawn",
  "offers.facts.authority": "Authority the offer is addressed to",
  "offers.facts.offerors": "Offeror(s)",
  "offers.facts.totalCost": "Total cost of the task",
  "offers.deadline": "Deadline for offers: {at}",
  "offers.deadline.passed": "The deadline for offers has passed: {at}",
  "offers.deadlinePassed":
    "The deadline for offers passed on {at}; the draft remains available to view. The offer can no longer be changed or submitted.",
  "offers.deadlinePassed.section":
    "The deadline for offers has passed; the draft remains available to view but can no longer be changed.",
  "offers.notOpen": "The competition does not accept offers now; the draft remains available to view.",
  "offers.readOnly":
    "You can view this offer; changing it needs the owner or editor role in the organisation.",
  "offers.unsubmittedChanges":
    "Changes not submitted yet. The office sees the latest submitted version; to pass on your changes, submit the offer again before the deadline.",
  "offers.notEligible":
    "The organisation's legal form is not listed in the announcement. You can prepare the offer, but the committee may reject it at the formal check.",
  "offers.notice.started":
    "The offer has been started. Fill in parts II–VII, then submit it before the deadline.",
  "offers.notice.saved": "Saved.",
  "offers.notice.submitted": "Offer submitted.",
  "offers.notice.alreadySubmitted": "This version of the offer had already been submitted.",
  "offers.notice.withdrawn":
    "Offer withdrawn. It no longer takes part in the competition; the draft stays and you can submit it again before the deadline.",
  "offers.notice.partnerAdded": "Partner of the joint offer added.",
  "offers.notice.partnerRemoved": "Partner of the joint offer removed.",
  // sections
  "offers.section.offerors": "Offeror(s) data",
  "offers.section.offerors.short": "Offerors",
  "offers.section.task": "Description of the public task proposed",
  "offers.section.task.short": "Task description",
  "offers.section.profile": "Offeror's profile",
  "offers.section.profile.short": "Offeror's profile",
  "offers.section.costs": "Estimated costs of the public task",
  "offers.section.costs.short": "Costs",
  "offers.section.other": "Other information about the offer",
  "offers.section.other.short": "Other information",
  "offers.section.declarations": "Declarations",
  "offers.section.declarations.short": "Declarations",
  "offers.checklist.complete": "complete",
  "offers.checklist.missing.one": "{count} field missing",
  "offers.checklist.missing.few": "{count} fields missing",
  "offers.checklist.missing.many": "{count} fields missing",
  "offers.checklist.problems.one": "{count} remark on the competition's conditions",
  "offers.checklist.problems.few": "{count} remarks on the competition's conditions",
  "offers.checklist.problems.many": "{count} remarks on the competition's conditions",
  // the section form
  "offers.form.save": "Save",
  "offers.form.saveNext": "Save and continue",
  "offers.form.removeRow": "Remove",
  "offers.rowLabel": "{label}, row {n}",
  "offers.rowN": "row {n}",
  "offers.autosave.saved": "Saved automatically at {time}.",
  "offers.autosave.refused":
    "Not saved automatically: correct the fields marked with an error. Your text is kept.",
  "offers.autosave.stopped":
    "Automatic saving paused because someone else changed this section. Copy your changes and load the section again.",
  "offers.conflict.text":
    "Someone else changed this section ({who} at {at}). Your changes were not saved; copy them (they are still in the form below), load the saved version of the section and enter them again.",
  "offers.conflict.someone": "another person",
  "offers.conflict.reload":
    "Load the saved version of the section (your unsaved changes will leave the form)",
  // II
  "offers.offerors.data": "1. Offeror(s) data",
  "offers.offerors.dataHint":
    "These data come from the organisations' profiles in the NGO base and go into the offer when it is submitted. If they are out of date, correct the organisation's profile.",
  "offers.offerors.leader": "leading offeror",
  "offers.offerors.legalForm": "Legal form",
  "offers.offerors.krs": "KRS or other register number",
  "offers.offerors.seat": "Registered address",
  "offers.offerors.correspondence": "Correspondence address",
  "offers.offerors.email": "E-mail address",
  "offers.offerors.phone": "Phone number",
  "offers.offerors.website": "Website",
  "offers.offerors.representatives": "Persons authorised to represent",
  "offers.offerors.editProfile": "Correct the profile of {name}",
  "offers.offerors.contact": "2. Person authorised to give explanations about the offer",
  "offers.field.offerors.contactName": "Full name",
  "offers.field.offerors.contactFunction": "Function",
  "offers.field.offerors.contactPhone": "Phone number",
  "offers.field.offerors.contactEmail": "E-mail address",
  "offers.field.offerors.correspondenceAddress": "Correspondence address",
  "offers.field.offerors.correspondenceAddress.hint":
    "Fill in only when it differs from the registered address.",
  // III
  "offers.field.task.title": "1. Title of the public task",
  "offers.task.dates": "2. Period of the public task",
  "offers.task.window": "The task must fall between {from} and {to} (competition announcement).",
  "offers.field.task.startDate": "Start date",
  "offers.field.task.endDate": "End date",
  "offers.field.task.place": "Place of the task",
  "offers.field.task.place.hint": "Municipality, district, address — where the activities take place.",
  "offers.field.task.targetGroup": "Target group",
  "offers.field.task.summary": "3. Summary of the task",
  "offers.field.task.summary.hint":
    "What the task is about, which problem it solves or need it meets, why the target group needs it, how it complements other activities.",
  "offers.field.task.actions": "4. Plan and schedule of actions",
  "offers.field.task.actions.hint":
    "Each action with its name, description, target group and dates. You pick the action numbers in the cost calculation (part V).",
  "offers.task.actionN": "Action {n}",
  "offers.task.addAction": "Add a row: action",
  "offers.col.actions.name": "Name of the action",
  "offers.col.actions.description": "Description of the action",
  "offers.col.actions.targetGroup": "Target group",
  "offers.col.actions.start": "Planned dates — from",
  "offers.col.actions.end": "Planned dates — to",
  "offers.col.actions.thirdParty": "Carried out by an entity that is not a party to the contract",
  "offers.task.results": "5. Expected results of the public task",
  "offers.field.task.resultsProduced": "What the direct effect will be (tangible products or services)",
  "offers.field.task.resultsChange": "What social change will be achieved",
  "offers.field.task.resultsDurability": "Whether and how far the results will last",
  "offers.field.task.indicators": "6. Additional information on the results of the public task",
  "offers.field.task.indicators.hint":
    "For each result: the planned level (target value) and how it is monitored.",
  "offers.task.indicatorN": "Result {n}",
  "offers.task.addIndicator": "Add a row: result",
  "offers.col.indicators.name": "Name of the result",
  "offers.col.indicators.target": "Planned level of the result (target value)",
  "offers.col.indicators.monitoring": "How the result is monitored / source of information",
  // IV
  "offers.field.profile.experience": "1. The offeror's previous activity",
  "offers.field.profile.experience.hint":
    "Activity in the area of the task, including experience with similar tasks.",
  "offers.field.profile.resources": "2. The offeror's staff, material and financial resources",
  "offers.field.profile.resources.hint": "Which resources will be used to carry out the task.",
  // V
  "offers.costs.tableA": "V.A Costs of the task",
  "offers.costs.tableA.hint":
    "Each row is one kind of cost. Values, action subtotals and totals are computed; type amounts in złoty, e.g. 1 234,56.",
  "offers.costs.addRow": "Add a row: cost",
  "offers.costs.admin": "Administrative costs",
  "offers.col.rows.number": "No.",
  "offers.col.rows.action": "Action",
  "offers.col.rows.name": "Kind of cost",
  "offers.col.rows.unit": "Unit of measure",
  "offers.col.rows.unitCost": "Unit cost [PLN]",
  "offers.col.rows.units": "Number of units",
  "offers.col.rows.year": "Year",
  "offers.col.rows.value": "Value [PLN]",
  "offers.col.rows.remove": "Remove row",
  "offers.field.costs.rows": "V.A Costs",
  "offers.costs.subtotals": "Costs by action",
  "offers.costs.actionSubtotal": "Action {n}. {name}",
  "offers.costs.adminTotal": "Administrative costs in total",
  "offers.costs.grandTotal": "Total costs of the task",
  "offers.costs.tableB": "V.B Sources of funding",
  "offers.costs.tableB.hint":
    "Type the grant and the own contribution. The own contribution, shares and the amount left to cover are computed.",
  "offers.col.sources.number": "No.",
  "offers.col.sources.source": "Source of funding",
  "offers.col.sources.amount": "Value [PLN]",
  "offers.col.sources.share": "Share [%]",
  "offers.field.costs.sources.total": "Total costs of the task",
  "offers.field.costs.sources.grant": "Grant requested in this offer",
  "offers.field.costs.sources.own": "Own contribution (financial and non-financial)",
  "offers.field.costs.sources.financial": "Financial own contribution",
  "offers.field.costs.sources.fees": "of which fees from the task's beneficiaries",
  "offers.field.costs.sources.nonFinancial": "Non-financial own contribution (personal and in-kind)",
  "offers.field.costs.sources.personal": "Personal contribution",
  "offers.field.costs.sources.inKind": "In-kind contribution",
  "offers.costs.unallocated": "Left to cover (costs minus grant and own contribution)",
  "offers.costs.tableC": "V.C Split of the costs among the offerors",
  "offers.field.costs.split": "V.C Split of the costs among the offerors",
  "offers.costs.splitSum": "Total",
  "offers.costs.splitUnallocated": "Left to split among the offerors",
  // VI
  "offers.field.other.feesCharged": "The offeror charges fees to the task's beneficiaries (paid activity)",
  "offers.field.other.feesDescription": "Amount and terms of the fees",
  "offers.field.other.feesDescription.hint": "Fill in when fees are charged.",
  "offers.field.other.partnersRoles":
    "Actions of each offeror and how they are represented before the authority (joint offer)",
  "offers.field.other.partnersRoles.hint":
    "Who carries out which actions and who represents the offerors before the office.",
  "offers.field.other.accessibility": "Accessibility for persons with special needs",
  "offers.field.other.accessibility.hint":
    "How you ensure architectural, digital and communication accessibility (act of 19 July 2019).",
  "offers.field.other.otherInfo": "Other activities that may matter when the offer is evaluated",
  "offers.field.other.otherInfo.hint":
    "E.g. on the cost calculation or the declarations of part VII, and resources that are not own contribution.",
  "offers.field.other.attachments": "Attachments",
  // VII
  "offers.declarations.intro":
    "I/we declare that (tick every declaration — the offer cannot be submitted without them):",
  "offers.declaration.statutoryActivity":
    "the proposed public task will be carried out solely within the offeror's(s') public-benefit activity, in line with its statutory aims;",
  "offers.declaration.feesWithinPaidActivity":
    "fees from the task's beneficiaries will be charged only within the paid public-benefit activity;",
  "offers.declaration.noArrears":
    "the offeror(s) submitting the offer have no arrears in taxes or social insurance contributions;",
  "offers.declaration.registerConsistent":
    "the data in part II of the offer agree with the National Court Register or another relevant register;",
  "offers.declaration.truthful":
    "all information in the offer and its attachments is true and up to date in law and in fact;",
  "offers.declaration.dataConsent":
    "as regards the competition, including collecting, processing and passing on personal data, the persons concerned have made the declarations required by data protection law.",
  "offers.field.declarations.statutoryActivity": "Declaration 1 (public-benefit activity)",
  "offers.field.declarations.feesWithinPaidActivity": "Declaration 2 (fees)",
  "offers.field.declarations.noArrears": "Declaration 3 (no tax or contribution arrears)",
  "offers.field.declarations.registerConsistent": "Declaration 4 (agreement with the register)",
  "offers.field.declarations.truthful": "Declaration 5 (true information)",
  "offers.field.declarations.dataConsent": "Declaration 6 (personal data)",
  // submission and receipt
  "offers.submit.title": "Submitting the offer",
  "offers.submit.button": "Submit the offer",
  "offers.submit.hint":
    "Submitting freezes the offer as it is now: you get a receipt number, a checksum and a PDF (also by e-mail). Until the deadline you can change it and submit it again.",
  "offers.submit.hintAgain":
    "Submitting again records a new version of the offer with a new receipt number; earlier versions stay in the history.",
  "offers.submit.sending": "Submitting the offer…",
  "offers.submit.closed": "The deadline has passed — the offer can no longer be submitted.",
  "offers.submit.notOpen": "The competition does not accept offers now.",
  "offers.submit.upToDate": "The offer is submitted and has not changed since.",
  "offers.submit.notAllowed": "An owner or editor of the organisation submits the offer.",
  "offers.submit.refused.one": "The offer was not submitted: {count} thing to correct",
  "offers.submit.refused.few": "The offer was not submitted: {count} things to correct",
  "offers.submit.refused.many": "The offer was not submitted: {count} things to correct",
  "offers.submit.deadlinePassed":
    "The deadline for offers has passed ({at}). The offer was not submitted; the draft stays saved and available to view.",
  "offers.receipt.title": "Offer submitted",
  "offers.receipt.repeatedTitle": "The offer had already been submitted",
  "offers.receipt.text": "Receipt number {receipt}, checksum {checksum}, submitted {at}.",
  "offers.receipt.mailed":
    "We have e-mailed the confirmation with the offer's PDF to the organisation's owners and editors. The checksum is on every page of the PDF.",
  "offers.receipt.repeated":
    "This version of the offer had already been submitted — nothing new was recorded. Its receipt is above.",
  "offers.receipt.pdf": "Download the PDF of offer {receipt}",
  "offers.history.title": "Submission history",
  "offers.history.version": "Version",
  "offers.history.submittedAt": "Submitted",
  "offers.history.checksum": "Checksum",
  "offers.history.pdf": "PDF",
  "offers.history.pdfLink": "PDF of offer {receipt}",
  "offers.withdraw.title": "Withdrawing the offer",
  "offers.withdraw.hint":
    "A withdrawn offer does not take part in the competition. The submission history and the draft stay; you can submit it again before the deadline.",
  "offers.withdraw.confirm": "I confirm the withdrawal of the offer",
  "offers.withdraw.confirmRequired": "Tick the confirmation to withdraw the offer.",
  "offers.withdraw.button": "Withdraw the offer",
  // starting an offer
  "offers.start.title": "New offer",
  "offers.start.noCompetition":
    'An offer is started from the competition\'s announcement, with the "Submit an offer" button.',
  "offers.start.notOpen": "This competition does not accept offers now.",
  "offers.start.noOrganization":
    "An owner or editor of a verified organisation can submit an offer. You have no such role in any organisation.",
  "offers.start.register": "Register an organisation",
  "offers.start.existing": "You already have an offer in this competition:",
  "offers.start.asOrganization": "You will submit the offer on behalf of {name}.",
  "offers.start.chooseLegend": "On behalf of which organisation are you submitting the offer?",
  "offers.start.chooseOrganization": "Choose an organisation.",
  "offers.start.button": "Start the offer",
  "offers.cta.submit": "Submit an offer",
  "offers.cta.hint": "You prepare and submit the offer in your organisation's panel (log-in required).",
  // partners
  "offers.partners.title": "Partners of the joint offer",
  "offers.partners.explain":
    "A joint offer (art. 14(2) of the Act on public-benefit activity and volunteering) is an offer of two or more organisations carrying out the task together. Every partner sees and can edit the offer.",
  "offers.partners.explainForm":
    "In a joint offer, say in part VI which actions each offeror carries out and who represents the offerors before the office, and in part V.C how you split the costs.",
  "offers.partners.role": "Role",
  "offers.partners.partner": "partner",
  "offers.partners.actions": "Actions",
  "offers.partners.remove": "Remove",
  "offers.partners.add": "Add a partner",
  "offers.partners.identifier": "KRS number or NIP of the partner organisation",
  "offers.partners.identifier.hint":
    "The partner must be a verified organisation in this municipality's NGO base, e.g. 0000123456 or 123-456-32-18.",
  "offers.partners.addButton": "Add the partner",
  "offers.partners.leaderOnly": "An owner or editor of the leading organisation adds and removes partners.",
  "offers.partners.closed": "The deadline has passed — partners can no longer be changed.",

  // domain errors
  "offer.error.sourcesDontAddUp":
    "The sources of funding ({sum}) must equal the total cost of the task ({total}). Difference: {diff}.",
  "offer.error.grantBelowMin": "The grant requested is below the announcement's minimum grant ({min}).",
  "offer.error.grantAboveMax": "The grant requested exceeds the announcement's maximum grant ({max}).",
  "offer.error.feesAboveFinancial":
    "Fees paid by the task's beneficiaries are part of the financial contribution and cannot exceed it.",
  "offer.error.ownShareTooLow":
    "The own contribution is {actual} of the costs; the announcement requires at least {min}.",
  "offer.error.financialShareTooLow":
    "The financial contribution is {actual} of the costs; the announcement requires at least {min}.",
  "offer.error.personalShareTooLow":
    "The personal contribution is {actual} of the costs; the announcement requires at least {min}.",
  "offer.error.adminAboveCap":
    "Administrative costs are {actual} of the costs; the announcement allows at most {cap}.",
  "offer.error.splitDoesntAddUp":
    "The split of costs (V.C) must include every offeror and add up to the total cost {total}; it now adds up to {sum}.",
  "offer.error.outsideWindow":
    "The date must fall within the task period of the announcement: {from} to {to}.",
  "offer.error.endBeforeStart": "The end date cannot be earlier than the start date.",
  "offer.error.actionOutsideTask": "The action's dates must fall within the task's dates (III.2).",
  "offer.error.noSuchAction":
    "There is no action with this number in the schedule (III.4). Give a number from 1 to {count}, or leave it empty for administrative costs.",
  "offer.error.yearOutsideTask": "The year of a cost must be a year of the task: {years}.",
  "offer.error.attachmentMissing": "An attachment the announcement requires is missing: {label}.",
  "offer.error.declarationRequired": "Tick this declaration — the offer cannot be submitted without it.",
  "offer.error.amountTooLarge": "The amount is too large (at most 100 000 000,00 zł).",
  "offer.error.units": "Give the number of units, e.g. 12 or 12,5 (at most two decimal places).",
  "offer.error.outOfRange": "This value is out of the allowed range.",
  "offer.error.tooManyRows": "This table has too many rows.",
  "offer.error.sectionChanged":
    "Someone changed this part of the offer in the meantime. Your changes were not saved: reload the page to see the current content and enter them again.",
  "offer.error.deadlinePassed":
    "The offer deadline has passed. The offer can no longer be changed or submitted; the draft stays saved.",
  "offer.error.notComplete":
    "The offer is incomplete or does not meet the announcement's conditions. Correct the fields shown and submit it again.",
  "offer.error.notOpen": "This competition is not accepting offers now.",
  "offer.error.orgNotVerified":
    "Only a verified organisation may submit an offer. Please wait until the office verifies your organisation.",
  "offer.error.wrongStatus": "This cannot be done in the offer's present state. Please reload the page.",
  "offer.error.partnerIdentifier": "Give the KRS number or the NIP of the partner organisation.",
  "offer.error.partnerNotFound":
    "There is no organisation with this KRS number or NIP in this municipality's NGO base.",
  "offer.error.partnerNotVerified":
    "This organisation has not been verified by the office yet, so it cannot be a partner of the offer.",
  "offer.error.partnerAlreadyAdded": "This organisation is already an offeror of this offer.",
  "offer.error.tooManyPartners":
    "A joint offer may have at most {max} partners besides the leading organisation.",
  "offer.error.cannotRemoveLeader": "The leading organisation cannot be removed from the offer.",
};

// Course planner: the dose planner's proposal for the protocol's regimen (POST .../dose-plan,
// saves nothing), shown in full for a clinician to check; confirming plans again on the
// server and creates the course (POST .../courses), then opens the infusion log. The
// product is chosen from the server's product table (GET /products), the regimen's first.

import { api, patientPath } from '../api.js';
import { h, todayIso, toast, words, put } from '../dom.js';
import { field, readFields, showErrors, showSaveError, clearErrors, busy } from '../forms.js';
import { navigate } from '../router.js';
import { planView, planCache } from './plan_view.js';

function latestWeight(page) {
  const withWeight = page.assessments.filter((a) => a.weight_kg !== null).sort((a, b) => b.week - a.week);
  return withWeight.length ? withWeight[0].weight_kg : '';
}

// The product table, or {error} when the server has none (the planner then refuses too).
async function productTable() {
  try {
    return await api.get('/products');
  } catch (error) {
    if (error.status === 401) throw error;
    return { products: [], regimen_product: null, error: error.message };
  }
}

function productLabel(p) {
  return `${p.name} (${Math.round(p.concentration_g_per_ml * 1000) / 10} %; vials ${p.vials_g.join(', ')} g)`;
}

function productField(table, regimen) {
  if (table.products.length === 0) {
    return field({ name: 'product', label: 'Product', value: regimen.product, required: true,
      hint: `The product list could not be loaded: ${table.error || 'the table is empty'}.` });
  }
  const chosen = table.regimen_product || table.products[0].name;
  return field({ name: 'product', label: 'Product', type: 'select', value: chosen, required: true,
    options: table.products.map((p) => [p.name, productLabel(p)]),
    hint: table.regimen_product ? `The regimen's product: ${table.regimen_product}.`
      : `The regimen's product ${regimen.product} is not in the product table.` });
}

export async function render({ main, params, state, isCurrent }) {
  const [page, products] = await Promise.all([api.get(patientPath(params.patient)), productTable()]);
  if (!isCurrent()) return;
  const study = state.study;
  const regimen = study.regimen;
  const pid = page.patient.patient_id;
  const courseNo = page.courses.length + 1;
  const lastCourse = page.courses[page.courses.length - 1];

  const weight = field({ name: 'weight_kg', label: 'Body weight today', type: 'number', unit: 'kg', required: true, value: latestWeight(page),
    hint: latestWeight(page) ? 'The latest recorded weight: weigh the patient and correct it.' : 'Weigh the patient before the course.' });
  const height = field({ name: 'height_cm', label: 'Height', type: 'number', unit: 'cm', value: page.patient.height_cm ?? '',
    hint: 'Needed for the ideal and adjusted body weight.' });
  const start = field({ name: 'start_date', label: 'Day 1 of the course', type: 'date', required: true, value: todayIso() });
  const policy = field({ name: 'weight_policy', label: 'Weight policy', type: 'select', value: regimen.weight_policy, required: true,
    options: study.codes.weight_policy.map((p) => [p, { actual: 'actual body weight', ibw: 'ideal body weight', adjbw: 'adjusted body weight', auto: 'automatic (by BMI)' }[p] || p]),
    hint: `The regimen's policy: ${words(regimen.weight_policy)}.` });
  const product = productField(products, regimen);
  const risks = h('fieldset', { class: 'risk-factors' }, h('legend', 'Risk factors'),
    h('div', { class: 'checks' }, study.codes.risk_factors.map((r) => {
      const id = `risk-${r.code}`;
      return h('span', { class: 'check' }, h('input', { type: 'checkbox', id, value: r.code, name: 'risk_factors' }), h('label', { for: id }, r.label));
    })),
    h('p', { class: 'field-error', id: 'risk-error', hidden: true }));
  risks.dataset.field = 'risk_factors';
  risks.setAttribute('aria-describedby', 'risk-error');
  const propose = h('button', { type: 'submit', class: 'btn btn-primary', id: 'propose' }, 'Propose a plan');
  const form = h('form', { class: 'card plan-form', novalidate: true },
    h('h2', `Course ${courseNo} of at most ${regimen.max_courses}`),
    h('p', { class: 'muted' }, regimen.description),
    lastCourse ? h('p', { class: 'small' }, `Previous course: ${lastCourse.start_date}, ${lastCourse.dosing_weight_kg} kg.`) : null,
    h('div', { class: 'form-grid' }, weight, height, start, policy, product), risks,
    h('div', { class: 'form-actions' }, propose));

  const result = h('section', { class: 'card plan-result', 'aria-labelledby': 'h-plan', 'aria-live': 'polite' },
    h('h2', { id: 'h-plan' }, 'Proposal'), h('p', { class: 'muted' }, 'Enter the weight and propose a plan.'));
  const confirmBox = h('div', { class: 'confirm-box', hidden: true });

  const body = () => {
    const values = readFields(form);
    delete values.risk_factors;
    values.risk_factors = [...form.querySelectorAll('input[name=risk_factors]:checked')].map((c) => c.value);
    values.course = courseNo;
    for (const key of Object.keys(values)) if (values[key] === null) delete values[key];
    return values;
  };

  let proposed = null;
  const stale = () => {
    if (!proposed) return;
    proposed = null;
    confirmBox.hidden = true;
    result.classList.add('stale');
  };
  form.addEventListener('input', stale);
  form.addEventListener('change', stale);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = busy(propose, 'Planning…');
    const sent = body();
    try {
      const answer = await api.post(`${patientPath(pid)}/dose-plan`, sent);
      clearErrors(form);
      proposed = { sent, answer };
      result.classList.remove('stale');
      put(result, h('h2', { id: 'h-plan' }, `Proposal for course ${courseNo}`), planView(answer));
      confirmBox.hidden = answer.plan.refused;
      if (!answer.plan.refused) {
        confirmBox.querySelector('input[type=checkbox]').checked = false;
        result.append(confirmBox);
      }
      result.querySelector('h2').scrollIntoView({ block: 'start', behavior: 'smooth' });
    } catch (error) {
      if (error.isInvalid) showErrors(form, error.errors);
      else showSaveError(form, error);
    } finally {
      done();
    }
  });

  const checked = h('input', { type: 'checkbox', id: 'plan-checked', required: true });
  const confirm = h('button', { type: 'button', class: 'btn btn-primary', id: 'confirm-course' }, `Confirm and create course ${courseNo}`);
  confirmBox.append(
    h('div', { class: 'check big-check' }, checked, h('label', { for: 'plan-checked' },
      'I have checked the weight used, the dose, the vials, the rate steps and every warning.')),
    h('p', { class: 'field-error', id: 'confirm-error', hidden: true }),
    h('div', { class: 'form-actions' }, confirm));
  confirm.addEventListener('click', async () => {
    const err = confirmBox.querySelector('#confirm-error');
    if (!checked.checked) {
      err.hidden = false;
      err.textContent = 'Tick the box to confirm that you have checked the plan.';
      checked.focus();
      return;
    }
    err.hidden = true;
    const done = busy(confirm, 'Creating the course…');
    try {
      const created = await api.post(`${patientPath(pid)}/courses`, proposed.sent);
      planCache.set(`${pid}/${courseNo}`, created);
      toast(`Course ${courseNo} created: ${created.plan.daily_dose_g} g/day for ${created.plan.days} days.`);
      navigate(`${patientPath(pid)}/courses/${courseNo}`);
    } catch (error) {
      done();
      if (error.isInvalid) showErrors(form, error.errors);
      else showSaveError(form, error);
      form.scrollIntoView({ block: 'start' });
    }
  });

  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('p', { class: 'crumbs' }, h('a', { href: '/patients' }, 'Patients'), ' / ', h('a', { href: patientPath(pid) }, pid), ' / '),
        h('h1', `Plan course ${courseNo} for ${pid}`),
        h('p', { class: 'muted' }, `${page.patient.sex}, born ${page.patient.birth_year}, ${page.patient.diagnosis}. The plan is a proposal for a clinician to check; it is not a prescription.`))),
    h('div', { class: 'with-aside wide-aside' }, form, result));
  weight.input.focus();
}

// The coaches' dashboard: the worklist of the open cases and the indicator charts of the current
// quarter, read from the service's own API and drawn as inline SVG. No library, no CDN.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const KINDS = {'first-contact': 'First contact', 'evaluation': 'Evaluation', 'feedback': 'Feedback to the referrer'};
const PATHWAY = [
  ['contacted', 'Client reached'],
  ['first-contact-on-time', 'First contact on time'],
  ['intake-held', 'Intake held'],
  ['activity-matched', 'Activity matched'],
  ['evaluation-held', 'Evaluation held']
];
const REASONS = [
  ['under-minimum-age', 'Under 18'],
  ['unstable-psychiatric-or-complex-problems', 'Unstable or complex problems'],
  ['life-event-too-recent', 'Life event too recent'],
  ['concrete-care-request', 'Request for indicated care'],
  ['no-social-starting-point', 'No social starting point'],
  ['not-motivated', 'Not motivated'],
  ['no-consent-to-referral', 'No consent to referral']
];

async function getJson(url) {
  const response = await fetch(url, {headers: {'Accept': 'application/json'}});
  if (!response.ok) {
    throw new Error(url.split('?')[0] + ' answered ' + response.status);
  }
  return response.json();
}

function quarterOf(isoDate) {
  const [year, month] = isoDate.split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const pad = n => String(n).padStart(2, '0');
  const last = first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return {
    name: year + ' Q' + ((first + 2) / 3),
    from: year + '-' + pad(first) + '-01',
    to: year + '-' + pad(last) + '-' + pad(lastDay),
    months: [0, 1, 2].map(i => year + '-' + pad(first + i))
  };
}

function renderWorklist(items) {
  const body = document.querySelector('#worklist tbody');
  body.replaceChildren();
  for (const item of items) {
    const row = document.createElement('tr');
    row.className = item.status;
    row.dataset.caseId = item.caseId;
    const cells = [item.caseId, KINDS[item.kind] || item.kind, item.dueDate, item.status,
      item.daysLeft < 0 ? (-item.daysLeft) + ' overdue' : String(item.daysLeft)];
    cells.forEach((text, i) => {
      const cell = document.createElement('td');
      cell.textContent = text;
      cell.className = ['case', 'kind', 'due', 'status', 'days'][i];
      row.appendChild(cell);
    });
    body.appendChild(row);
  }
  document.getElementById('worklist-empty').hidden = items.length > 0;
}

function svgElement(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, value);
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

function hatchPattern() {
  const defs = svgElement('defs', {});
  const pattern = svgElement('pattern', {id: 'hidden-cell', width: 6, height: 6, patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)'});
  pattern.appendChild(svgElement('rect', {width: 6, height: 6, fill: '#eef1f3'}));
  pattern.appendChild(svgElement('line', {x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#9aa7af', 'stroke-width': 2}));
  defs.appendChild(pattern);
  return defs;
}

// bars: [{key, label, value (a number, or null when suppressed), text}], scaled to max.
function horizontalBars(figure, bars, max) {
  const rowHeight = 24, labelWidth = 190, width = 460;
  const svg = svgElement('svg', {width: width, height: bars.length * rowHeight + 8, role: 'img'});
  svg.appendChild(hatchPattern());
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 4;
    svg.appendChild(svgElement('text', {x: 0, y: y + 15}, bar.label));
    const hidden = bar.value === null;
    const length = hidden ? (width - labelWidth - 60) : (max > 0 ? (width - labelWidth - 60) * bar.value / max : 0);
    svg.appendChild(svgElement('rect', {x: labelWidth, y: y, width: Math.max(length, 0), height: rowHeight - 6,
      'class': hidden ? 'bar hidden' : 'bar', 'data-key': bar.key, 'data-value': hidden ? 'hidden' : bar.value}));
    svg.appendChild(svgElement('text', {x: labelWidth + Math.max(length, 0) + 4, y: y + 15, 'class': 'value'},
      hidden ? 'hidden' : bar.text));
  });
  figure.querySelector('svg')?.remove();
  figure.appendChild(svg);
}

function verticalBars(figure, bars) {
  const width = 320, height = 170, base = 140, barWidth = 60;
  const max = Math.max(1, ...bars.map(bar => bar.value || 0));
  const svg = svgElement('svg', {width: width, height: height, role: 'img'});
  svg.appendChild(hatchPattern());
  bars.forEach((bar, i) => {
    const x = 20 + i * (barWidth + 40);
    const hidden = bar.value === null;
    const length = hidden ? base - 20 : (base - 20) * bar.value / max;
    svg.appendChild(svgElement('rect', {x: x, y: base - length, width: barWidth, height: length,
      'class': hidden ? 'bar hidden' : 'bar', 'data-key': bar.key, 'data-value': hidden ? 'hidden' : bar.value}));
    svg.appendChild(svgElement('text', {x: x, y: base - length - 4, 'class': 'value'}, hidden ? 'hidden' : bar.text));
    svg.appendChild(svgElement('text', {x: x, y: base + 16}, bar.label));
  });
  figure.querySelector('svg')?.remove();
  figure.appendChild(svg);
}

function count(cell) {
  return cell === null ? null : cell.count;
}

function renderCharts(report, quarter) {
  const total = report.rows.find(row => row.group === 'total');
  const byMonth = new Map(report.rows.filter(row => row.group !== 'total').map(row => [row.group, row]));
  verticalBars(document.getElementById('chart-referrals'), quarter.months.map(month => {
    const row = byMonth.get(month);
    const value = row ? count(row.values['referrals']) : 0;
    return {key: month, label: month, value: value, text: String(value)};
  }));
  horizontalBars(document.getElementById('chart-pathway'), PATHWAY.map(([key, label]) => {
    const share = total.values[key];
    const value = share === null ? null : (share.denominator === 0 ? 0 : share.numerator / share.denominator);
    return {key: key, label: label, value: value,
      text: share === null ? '' : share.numerator + ' / ' + share.denominator};
  }), 1);
  const reasons = REASONS.map(([code, label]) => {
    const value = count(total.values['not-eligible-by-reason/' + code]);
    return {key: code, label: label, value: value, text: String(value)};
  });
  horizontalBars(document.getElementById('chart-not-eligible'), reasons,
    Math.max(1, ...reasons.map(bar => bar.value || 0)));
  const policy = report.suppression;
  document.getElementById('suppression-note').textContent = policy.mode === 'threshold'
    ? 'Counts under ' + policy.k + ' are hidden, so that no client can be recognised.'
    : 'Counts from 1 to 7 are hidden and the others rounded to 5 (NHS Digital).';
}

async function main() {
  const config = await getJson('/dashboard/config');
  const today = new URLSearchParams(location.search).get('today') || config.today;
  const quarter = quarterOf(today);
  document.getElementById('context').textContent = 'Today ' + today + ' · ' + quarter.name;
  const [worklist, report] = await Promise.all([
    getJson('/worklist?today=' + today + '&within=' + config.within),
    getJson('/report?from=' + quarter.from + '&to=' + quarter.to + '&asOf=' + today + '&by=month&suppress='
      + config.suppress)
  ]);
  renderWorklist(worklist);
  renderCharts(report, quarter);
}

main().then(() => {
  document.body.dataset.state = 'ready';
}, error => {
  const element = document.getElementById('error');
  element.textContent = 'The dashboard could not be loaded: ' + error.message;
  element.hidden = false;
  document.body.dataset.state = 'failed';
});

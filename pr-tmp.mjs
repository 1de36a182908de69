import fs from 'fs'; import YAML from 'yaml';
const s = YAML.parse(fs.readFileSync('content/scenarios/an-allys-word.yaml','utf8'));
for (const sit of s.situations) {
  console.log(`\n## ${sit.id} [${sit.kind}] ${sit.date} — ${sit.title}\nHOOK: ${sit.text}\nBG: ${sit.background ?? ''}\nDISCUSS: ${sit.discuss.join(' | ')}\nHIST: ${sit.history?.text ?? ''}`);
  for (const a of sit.advisers) console.log(`  ADV ${a.office} -> ${a.backs}: ${a.brief}`);
  for (const c of sit.choices) console.log(`  CH ${c.id}${c.historical?' (H)':''}: ${c.label}\n    FOR: ${c.case}\n    AGAINST: ${c.cost}\n    OUT: ${c.outcome.text}\n    FX: ${(c.effects??[]).map(e=>e.meter+(e.by>0?'+':'')+e.by+' '+e.why).join('; ')} REQ: ${(c.requires??[]).map(r=>r.guard+' '+r.meter+' '+r.value).join(',')} -> ${c.next}`);
}

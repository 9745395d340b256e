<#-- Plain text for a terminal: nothing is escaped, and nothing needs to be. -->
${d.oldId} -> ${d.newId}
<#if d.value?has_content>${t.diffValue}      ${d.value}
</#if>${t.diffSuccess}    ${d.success}
${t.diffExperience} ${d.experience}
${t.diffFriction}   ${d.friction}
<#if d.regressed>${t.diffRegression}<#else>${t.diffNoRegression}</#if>

${t.diffChanges} (${d.changes?size}):
<#list d.changes as c>
  ${c.symbol} ${c.text}
<#else>
  ${t.diffNone}
</#list>

${t.diffStages}:
<#list d.stages as s>
  ${s.symbol} ${s.text}
<#else>
  ${t.diffNoChange}
</#list>

${t.diffOutcomes}:
<#list d.outcomes as o>
  ${o.text}
</#list>

${t.diffMetrics}:
<#list d.metrics as m>
  ${m.symbol} ${m.text}
<#else>
  ${t.diffNone}
</#list>

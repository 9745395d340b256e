<#-- Plain text for a terminal: nothing is escaped, and nothing needs to be. -->
${d.oldId} -> ${d.newId}
friction ${d.friction}
success  ${d.success}
<#if d.regressed>REGRESSION: friction grew or success fell<#else>no regression</#if>

Changes (${d.changes?size}):
<#list d.changes as c>
  ${c.symbol} ${c.text}
<#else>
  none
</#list>

Friction per stage (friction x visits):
<#list d.stages as s>
  ${s.symbol} ${s.text}
<#else>
  no change
</#list>

Outcomes:
<#list d.outcomes as o>
  ${o.text}
</#list>

Metrics across their targets:
<#list d.metrics as m>
  ${m.symbol} ${m.text}
<#else>
  none
</#list>

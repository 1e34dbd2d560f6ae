<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="110" />
        <source>The job failed or was stopped.</source>
        <translation>Methodd y dasg neu cafodd ei stopio.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="169" />
        <source>Wait for the running job to finish, or stop it.</source>
        <translation>Arhoswch i'r dasg sy'n rhedeg orffen, neu stopiwch hi.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="180" />
        <source>The Processing algorithm {} is not available.</source>
        <translation>Nid yw'r algorithm Prosesu {} ar gael.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="184" />
        <source>Working…</source>
        <translation>Wrthi'n gweithio…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="136" />
        <source>How to read this map</source>
        <translation>Sut i ddarllen y map hwn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="41" />
        <source>Hollowford is an invented town: every crime, officer and survey answer here is made up for training. Use the layer list on the left to switch layers on and off.</source>
        <translation>Tref ddychmygol yw Hollowford: mae pob trosedd, swyddog ac ateb i'r arolwg yma wedi'u dyfeisio ar gyfer hyfforddiant. Defnyddiwch y rhestr haenau ar y chwith i droi haenau ymlaen ac i ffwrdd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="46" />
        <source>Harm, not counts</source>
        <translation>Niwed, nid niferoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="48" />
        <source>Each crime carries a harm weight: roughly the days in prison its starting sentence would be (a burglary weighs about 270, a shoplifting 1). A street with a few burglaries can matter more than one with many thefts. The shipped weights are approximations: forces should use their own.</source>
        <translation>Mae pwysau niwed i bob trosedd: yn fras, nifer y dyddiau yn y carchar y byddai ei dedfryd gychwynnol (mae bwrgleriaeth yn pwyso tua 270, dwyn o siop 1). Gall stryd ag ychydig o fwrgleriaethau fod yn bwysicach nag un â llawer o ladradau. Brasamcanion yw'r pwysau a ddaw gyda'r ategyn: dylai heddluoedd ddefnyddio eu rhai eu hunain.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="54" />
        <source>Hot spot cells and Gi* bins</source>
        <translation>Celloedd mannau problemus a dosbarthiadau Gi*</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="56" />
        <source>The town is cut into 150 m squares. For each square the Getis-Ord Gi* statistic asks: is the harm in this square and its neighbours much higher than across the whole town, more than chance would give? Dark red squares (bin 3) are hot spots at 99 % confidence, red (2) at 95 %, pink (1) at 90 %. Blue squares are cold spots; pale squares are nothing unusual. The bins are corrected for testing many squares at once (false discovery rate).</source>
        <translation>Mae'r dref wedi'i rhannu'n sgwariau 150 m. Ar gyfer pob sgwâr mae ystadegyn Getis-Ord Gi* yn gofyn: ydy'r niwed yn y sgwâr hwn a'i gymdogion yn llawer uwch nag ar draws y dref gyfan, yn fwy nag y byddai siawns yn ei roi? Mannau problemus ar lefel hyder 99 % yw'r sgwariau coch tywyll (dosbarth 3), coch (2) ar 95 %, pinc (1) ar 90 %. Mannau oer yw'r sgwariau glas; does dim byd anarferol am y sgwariau golau. Mae'r dosbarthiadau wedi'u cywiro ar gyfer profi llawer o sgwariau ar unwaith (cyfradd darganfod ffug).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="84" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="66" />
        <source>Neighbouring hot squares are joined into geofences: the places officers are sent to patrol. Hot spot 1 holds the most harm.</source>
        <translation>Mae sgwariau poeth cyfagos yn cael eu huno'n geoffensys: y lleoedd y caiff swyddogion eu hanfon i'w patrolio. Man problemus 1 sydd â'r mwyaf o niwed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="195" />
        <source>Dwell and compliance</source>
        <translation>Amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="81" />
        <source>The time slider</source>
        <translation>Y llithrydd amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="83" />
        <source>Open the Temporal Controller (the clock button on the map navigation toolbar) and press play. Officers move through one Friday; the crimes shown are thirteen weeks of crime placed at their time of day, so you can see the night-time economy build up after 21:00 and shoplifting in shop hours.</source>
        <translation>Agorwch y Rheolydd Amserol (Temporal Controller: y botwm cloc ar far offer llywio'r map) a phwyswch chwarae. Mae swyddogion yn symud drwy un dydd Gwener; mae'r troseddau a ddangosir yn dair wythnos ar ddeg o droseddu wedi'u gosod ar eu hamser o'r dydd, felly gallwch weld yr economi nos yn prysuro ar ôl 21:00, a dwyn o siopau yn ystod oriau siopa.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="90" />
        <source>3D view</source>
        <translation>Golwg 3D</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="97" />
        <source>What residents say</source>
        <translation>Beth mae trigolion yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="99" />
        <source>The survey layer shades wards by average confidence in local policing (1 to 5). Grey wards had too few respondents to show anything: their results are suppressed to protect the people who answered. High harm with low confidence marks priority places.</source>
        <translation>Mae haen yr arolwg yn lliwio wardiau yn ôl hyder cyfartalog mewn plismona lleol (1 i 5). Roedd rhy ychydig o ymatebwyr mewn wardiau llwyd i ddangos dim: mae eu canlyniadau wedi'u hatal er mwyn diogelu'r bobl a atebodd. Mae niwed uchel gyda hyder isel yn dangos lleoedd blaenoriaeth.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="127" />
        <source>Next: your own data</source>
        <translation>Nesaf: eich data eich hun</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="129" />
        <source>Open the Processing Toolbox, group Hot spot policing, and run the same steps on your force's data: import police.uk or your own crimes, harm-weighted hot spots, geofences, then tracks and taskings.</source>
        <translation>Agorwch y Blwch Offer Prosesu, grŵp Plismona mannau problemus, a rhedwch yr un camau ar ddata eich heddlu: mewnforio police.uk neu eich troseddau eich hun, mannau problemus wedi'u pwysoli yn ôl niwed, geoffensys, yna traciau a thasgau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="155" />
        <source>Hot spot policing: building the demo</source>
        <translation>Plismona mannau problemus: yn creu'r demo</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="179" />
        <source>Cancelled.</source>
        <translation>Wedi'i ganslo.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="44" />
        <source>Hollowford demo</source>
        <translation>Demo Hollowford</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="85" />
        <source>Officer {0}</source>
        <translation>Swyddog {0}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="108" />
        <source>Harm 0–1 (e.g. shoplifting, anti-social behaviour)</source>
        <translation>Niwed 0–1 (e.e. dwyn o siop, ymddygiad gwrthgymdeithasol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="109" />
        <source>Harm 2–10 (e.g. theft, assault without injury)</source>
        <translation>Niwed 2–10 (e.e. dwyn, ymosod heb anaf)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="110" />
        <source>Harm 20–90 (e.g. criminal damage, weapons)</source>
        <translation>Niwed 20–90 (e.e. difrod troseddol, arfau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="111" />
        <source>Harm over 100 (burglary, robbery)</source>
        <translation>Niwed dros 100 (bwrgleriaeth, ysbeilio)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="320" />
        <source>Low (below 2.5)</source>
        <translation>Isel (o dan 2.5)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="320" />
        <source>High (3.5 and over)</source>
        <translation>Uchel (3.5 a throsodd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="335" />
        <source>Not met (under 50 %)</source>
        <translation>Heb ei fodloni (o dan 50 %)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Partly met</source>
        <translation>Wedi'i fodloni'n rhannol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="335" />
        <source>Met</source>
        <translation>Wedi'i fodloni</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="344" />
        <source>Under 5 min</source>
        <translation>Llai na 5 mun</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="344" />
        <source>30 min and over</source>
        <translation>30 mun a throsodd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="377" />
        <source>Could not open {0}</source>
        <translation>Nid oedd modd agor {0}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="390" />
        <source>Hot spot policing demo: {0}</source>
        <translation>Demo plismona mannau problemus: {0}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="393" />
        <source>Tables</source>
        <translation>Tablau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="397" />
        <source>Officer positions (time slider)</source>
        <translation>Safleoedd swyddogion (llithrydd amser)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="402" />
        <source>Officer tracks (day)</source>
        <translation>Traciau swyddogion (dydd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="406" />
        <source>Crimes by time of day (13 weeks)</source>
        <translation>Troseddau yn ôl amser o'r dydd (13 wythnos)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="411" />
        <source>Geofences: dwell and compliance</source>
        <translation>Geoffensys: amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="421" />
        <source>Hot spot cells (Gi* bins)</source>
        <translation>Celloedd mannau problemus (dosbarthiadau Gi*)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="425" />
        <source>The 3D view is not available in this QGIS.</source>
        <translation>Nid yw'r olwg 3D ar gael yn y QGIS hwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="427" />
        <source>Survey: confidence in local policing</source>
        <translation>Arolwg: hyder mewn plismona lleol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="433" />
        <source>Wards (invented)</source>
        <translation>Wardiau (dychmygol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="75" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="47" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="95" />
        <source>Exception report</source>
        <translation>Adroddiad eithriadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="96" />
        <source>Exception summary</source>
        <translation>Crynodeb eithriadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="96" />
        <source>Harm-weighted hot spots</source>
        <translation>Mannau problemus wedi'u pwysoli yn ôl niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="112" />
        <source>Geofences around the hot spots</source>
        <translation>Geoffensys o amgylch y mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="128" />
        <source>Import app GPS tracks</source>
        <translation>Mewnforio traciau GPS yr ap</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="142" />
        <source>Import radio location reports</source>
        <translation>Mewnforio adroddiadau lleoliad radio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="157" />
        <source>Merge app and radio fixes</source>
        <translation>Cyfuno safleoedd yr ap a'r radio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="169" />
        <source>Merge app and radio tracks</source>
        <translation>Cyfuno traciau'r ap a'r radio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="412" />
        <source>Community survey overlay</source>
        <translation>Troshaen arolwg cymunedol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="574" />
        <source>Demo crimes with harm and times</source>
        <translation>Troseddau'r demo gyda niwed ac amseroedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="216" />
        <source>Fence around hot spot</source>
        <translation>Ffens o amgylch man problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="160" />
        <source>No geofence layer in the project: create one with Create geofence layer.</source>
        <translation>Does dim haen geoffensys yn y prosiect: crëwch un gyda Creu haen geoffensys.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="171" />
        <source>No hot cell (gi_bin ≥ 2) here: click inside a hot spot cell.</source>
        <translation>Does dim cell boeth (gi_bin ≥ 2) yma: cliciwch y tu mewn i gell man problemus.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="149" />
        <source>Hot spot {rank}</source>
        <translation>Man problemus {rank}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="194" />
        <source>Could not add the fence to {name}.</source>
        <translation>Nid oedd modd ychwanegu'r ffens at {name}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="201" />
        <source>Draft fence added to {name}: {n} hot cells, {area:,.0f} m². Reshape it with the vertex tool, then save the layer's edits.</source>
        <translation>Ychwanegwyd ffens ddrafft at {name}: {n} cell boeth, {area:,.0f} m². Ail-luniwch hi gyda'r offeryn fertigau, yna cadwch olygiadau'r haen.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="116" />
        <source>Planners insert, change and delete only the fences inside the districts assigned to them.</source>
        <translation>Dim ond y ffensys y tu mewn i'r ardaloedd a neilltuwyd iddynt y mae cynllunwyr yn eu hychwanegu, eu newid a'u dileu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="117" />
        <source>Your database role may only read this layer: viewers read live fences, planners edit the fences of their districts, analysts edit all.</source>
        <translation>Dim ond darllen yr haen hon y caiff eich rôl yn y gronfa ddata: mae gwylwyr yn darllen ffensys byw, mae cynllunwyr yn golygu ffensys eu hardaloedd, mae dadansoddwyr yn golygu'r cyfan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="121" />
        <source>The database's row-level security refused the change: planners save only fences inside the districts assigned to them.</source>
        <translation>Gwrthododd diogelwch lefel rhes y gronfa ddata y newid: dim ond ffensys y tu mewn i'r ardaloedd a neilltuwyd iddynt y mae cynllunwyr yn eu cadw.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="125" />
        <source>Every change must say which version of the fence it was made from, so that no one's edit is overwritten unseen, and QGIS could not tell (the fences were changed before the plugin watched the layer, or it was opened without its default style).</source>
        <translation>Rhaid i bob newid ddweud o ba fersiwn o'r ffens y cafodd ei wneud, fel nad oes golygiad neb yn cael ei drosysgrifo heb i neb sylwi, ac nid oedd QGIS yn gallu dweud (newidiwyd y ffensys cyn i'r ategyn wylio'r haen, neu agorwyd hi heb ei harddull ragosodedig).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="130" />
        <source>A rule of the database refused the change.</source>
        <translation>Gwrthododd un o reolau'r gronfa ddata y newid.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="417" />
        <source>Geofence check</source>
        <translation>Gwiriad geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="417" />
        <source>{name}: {summary} Your edits are saved as you chose; fix them in a later edit.</source>
        <translation>{name}: {summary} Mae eich golygiadau wedi'u cadw fel y dewisoch; cywirwch nhw mewn golygiad diweddarach.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="423" />
        <source>Show problems</source>
        <translation>Dangos problemau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="455" />
        <source>Edit conflict</source>
        <translation>Gwrthdaro golygu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="433" />
        <source>{name}: another planner saved fence(s) {ids} after you started editing. Your edits were not saved and are still in the edit buffer. Compare, then keep yours (and save again) or undo them.</source>
        <translation>{name}: cadwodd cynllunydd arall ffens(ys) {ids} ar ôl i chi ddechrau golygu. Ni chadwyd eich golygiadau ac maen nhw'n dal yn y byffer golygu. Cymharwch, yna cadwch eich rhai chi (a chadw eto) neu eu dadwneud.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="447" />
        <source>Keep my version</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="455" />
        <source>Save again to overwrite fence(s) {ids} with your version; the history keeps both.</source>
        <translation>Cadwch eto i drosysgrifo ffens(ys) {ids} gyda'ch fersiwn chi; mae'r hanes yn cadw'r ddwy.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="469" />
        <source>your database administrator</source>
        <translation>gweinyddwr eich cronfa ddata</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="472" />
        <source>Fence(s) {ids}. </source>
        <translation>Ffens(ys) {ids}. </translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="474" />
        <source>Compare with what is in the database, then keep yours (and save again) or undo them.</source>
        <translation>Cymharwch â'r hyn sydd yn y gronfa ddata, yna cadwch eich rhai chi (a chadw eto) neu eu dadwneud.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="476" />
        <source>Ask {ask} if you need this change, or undo it.</source>
        <translation>Gofynnwch i {ask} os oes angen y newid hwn arnoch, neu dadwneud ef.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="477" />
        <source>Save refused by the database</source>
        <translation>Gwrthododd y gronfa ddata gadw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="477" />
        <source>{name}: {fences}{rule} Your edits were not saved and are still in the edit buffer. {advice}</source>
        <translation>{name}: {fences}{rule} Ni chadwyd eich golygiadau ac maen nhw'n dal yn y byffer golygu. {advice}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="489" />
        <source>Problems in {name}</source>
        <translation>Problemau yn {name}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="35" />
        <source>Load demo</source>
        <translation>Llwytho'r demo</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="35" />
        <source>Build a styled demo project for the invented town of Hollowford</source>
        <translation>Creu prosiect demo wedi'i steilio ar gyfer tref ddychmygol Hollowford</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="137" />
        <source>Hot spot policing</source>
        <translation>Plismona mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="91" />
        <source>Building the Hollowford demo…</source>
        <translation>Wrthi'n creu demo Hollowford…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="109" />
        <source>The demo could not be built: {0}</source>
        <translation>Nid oedd modd creu'r demo: {0}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="131" />
        <source>Demo of {0} loaded: {1} layers.</source>
        <translation>Demo {0} wedi'i lwytho: {1} haen.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="133" />
        <source>Not shown: {0}.</source>
        <translation>Heb eu dangos: {0}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="604" />
        <source>Community survey</source>
        <translation>Arolwg cymunedol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="180" />
        <source>Import tracks…</source>
        <translation>Mewnforio traciau…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="180" />
        <source>Import officer tracking exports, and measure dwell in geofences</source>
        <translation>Mewnforio allforion tracio swyddogion, a mesur amser aros mewn geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="216" />
        <source>Click inside a hot spot cell to add a draft geofence around its hot cells</source>
        <translation>Cliciwch y tu mewn i gell man problemus i ychwanegu geoffens ddrafft o amgylch ei chelloedd poeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="78" />
        <source>Survey and areas</source>
        <translation>Arolwg ac ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="83" />
        <source>The survey responses: one row per response (a table or point layer).</source>
        <translation>Ymatebion yr arolwg: un rhes ar gyfer pob ymateb (haen tabl neu bwyntiau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="84" />
        <source>Load CSV…</source>
        <translation>Llwytho CSV…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="85" />
        <source>Add a survey CSV to the project as a table (the file is only read).</source>
        <translation>Ychwanegu CSV arolwg i'r prosiect fel tabl (dim ond darllen y ffeil a wneir).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="63" />
        <source>Responses</source>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="90" />
        <source>Wards, LSOAs or geofences to aggregate to.</source>
        <translation>Wardiau, LSOAs neu geoffensys i grynhoi iddynt.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="90" />
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="94" />
        <source>The area layer's code field (e.g. LSOA11CD).</source>
        <translation>Maes cod haen yr ardaloedd (e.e. LSOA11CD).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="94" />
        <source>Area code field</source>
        <translation>Maes cod ardal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="98" />
        <source>Area code</source>
        <translation>Cod ardal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="99" />
        <source>Coordinates (X/Y)</source>
        <translation>Cyfesurynnau (X/Y)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="100" />
        <source>Postcode and lookup</source>
        <translation>Cod post a chwilio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="97" />
        <source>How each response is placed in an area.</source>
        <translation>Sut mae pob ymateb yn cael ei osod mewn ardal.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="97" />
        <source>Link by</source>
        <translation>Cysylltu yn ôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="101" />
        <source>The responses' area code field.</source>
        <translation>Maes cod ardal yr ymatebion.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="101" />
        <source>Response area code</source>
        <translation>Cod ardal yr ymateb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="104" />
        <source>Easting or longitude of each response.</source>
        <translation>Dwyreiniad neu hydred pob ymateb.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="107" />
        <source>Northing or latitude of each response.</source>
        <translation>Gogleddiad neu ledred pob ymateb.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="104" />
        <source>X / longitude</source>
        <translation>X / hydred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="107" />
        <source>Y / latitude</source>
        <translation>Y / lledred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="110" />
        <source>The responses' postcode field.</source>
        <translation>Maes cod post yr ymatebion.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="110" />
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="176" />
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="111" />
        <source>CSV mapping postcodes to area codes, e.g. the ONS NSPL.</source>
        <translation>CSV sy'n cysylltu codau post â chodau ardal, e.e. NSPL yr ONS.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="111" />
        <source>Postcode lookup</source>
        <translation>Tabl chwilio codau post</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="120" />
        <source>Questions to summarise: numbers give means, text the most common answer.</source>
        <translation>Cwestiynau i'w crynhoi: mae rhifau'n rhoi cymedrau, testun yr ateb mwyaf cyffredin.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="120" />
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="126" />
        <source>Survey wave field (optional): enables the change between waves.</source>
        <translation>Maes ton yr arolwg (dewisol): yn galluogi'r newid rhwng tonnau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="126" />
        <source>Wave field</source>
        <translation>Maes ton</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="133" />
        <source>A unique, never-changing id per response (optional). It fixes each response's key for the disclosure noise; without it the whole row is used, so correcting an answer changes that key.</source>
        <translation>Dynodydd unigryw nad yw byth yn newid ar gyfer pob ymateb (dewisol). Mae'n pennu allwedd pob ymateb ar gyfer y sŵn datgelu; hebddo defnyddir y rhes gyfan, felly mae cywiro ateb yn newid yr allwedd honno.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="133" />
        <source>Response id</source>
        <translation>Dynodydd ymateb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="143" />
        <source>Areas with fewer respondents are suppressed: no value anywhere.</source>
        <translation>Mae ardaloedd â llai o ymatebwyr yn cael eu hatal: dim gwerth yn unman.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="143" />
        <source>Minimum respondents</source>
        <translation>Isafswm ymatebwyr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="151" />
        <source>Confidence level of the intervals.</source>
        <translation>Lefel hyder y cyfyngau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="151" />
        <source>Confidence level</source>
        <translation>Lefel hyder</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="158" />
        <source>Hot spot cells (optional): harm per area and priority places.</source>
        <translation>Celloedd mannau problemus (dewisol): niwed ym mhob ardal a lleoedd blaenoriaeth.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="158" />
        <source>Hot spots</source>
        <translation>Mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="170" />
        <source>Show survey</source>
        <translation>Dangos yr arolwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="171" />
        <source>Aggregate the responses to the areas (runs in the background).</source>
        <translation>Crynhoi'r ymatebion i'r ardaloedd (yn rhedeg yn y cefndir).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="96" />
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="354" />
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="356" />
        <source>Survey values, change since the previous wave, or priority places (high harm and low score).</source>
        <translation>Gwerthoedd yr arolwg, y newid ers y don flaenorol, neu leoedd blaenoriaeth (niwed uchel a sgôr isel).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="356" />
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="362" />
        <source>The question shown on the map.</source>
        <translation>Y cwestiwn a ddangosir ar y map.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="362" />
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="363" />
        <source>The survey wave shown on the map.</source>
        <translation>Ton yr arolwg a ddangosir ar y map.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="172" />
        <source>Wave</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="364" />
        <source>Opacity of the survey overlay.</source>
        <translation>Didreiddedd troshaen yr arolwg.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="364" />
        <source>Opacity</source>
        <translation>Didreiddedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="372" />
        <source>Above the hot spots</source>
        <translation>Dros y mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="373" />
        <source>Below the hot spots</source>
        <translation>O dan y mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="369" />
        <source>Draw the survey overlay above or below the hot spot layer.</source>
        <translation>Lluniwch droshaen yr arolwg uwchben neu o dan haen y mannau problemus.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="369" />
        <source>Draw</source>
        <translation>Lluniadu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="375" />
        <source>Export CSV…</source>
        <translation>Allforio CSV…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="376" />
        <source>Summary per area, published values only.</source>
        <translation>Crynodeb ar gyfer pob ardal, gwerthoedd cyhoeddedig yn unig.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="378" />
        <source>Export PDF…</source>
        <translation>Allforio PDF…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="379" />
        <source>Map, legend, method and the area table, published values only.</source>
        <translation>Map, allwedd, dull a thabl yr ardaloedd, gwerthoedd cyhoeddedig yn unig.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="249" />
        <source>Survey responses</source>
        <translation>Ymatebion yr arolwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="249" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>Ffeiliau CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="256" />
        <source>Survey responses ({})</source>
        <translation>Ymatebion yr arolwg ({})</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="258" />
        <source>Could not read {} as a CSV file.</source>
        <translation>Nid oedd modd darllen {} fel ffeil CSV.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="310" />
        <source>Choose the responses, the area layer and at least one question.</source>
        <translation>Dewiswch yr ymatebion, haen yr ardaloedd ac o leiaf un cwestiwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="634" />
        <source>Could not open the survey overlay {}.</source>
        <translation>Nid oedd modd agor troshaen yr arolwg {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="428" />
        <source>{published} areas published, {suppressed} suppressed (fewer than {k} respondents).</source>
        <translation>{published} ardal wedi'u cyhoeddi, {suppressed} wedi'u hatal (llai na {k} ymatebydd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="453" />
        <source>Survey values</source>
        <translation>Gwerthoedd yr arolwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="455" />
        <source>Change since the previous wave</source>
        <translation>Newid ers y don flaenorol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="457" />
        <source>Priority places (high harm, low score)</source>
        <translation>Lleoedd blaenoriaeth (niwed uchel, sgôr isel)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="509" />
        <source>Community survey: {question}{wave}</source>
        <translation>Arolwg cymunedol: {question}{wave}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="552" />
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="553" />
        <source>Export survey summary</source>
        <translation>Allforio crynodeb yr arolwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="561" />
        <source>Wrote {}.</source>
        <translation>Ysgrifennwyd {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="571" />
        <source>Community survey: {}</source>
        <translation>Arolwg cymunedol: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="112" />
        <source>suppressed</source>
        <translation>wedi'i atal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="116" />
        <source>withheld</source>
        <translation>wedi'i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="141" />
        <source>Suppression: an area with fewer than {k} respondents shows no value at all (not even its count); a question answered by fewer than {k} people in an area is withheld. Means: Student t interval (mean ± t·s/√n) at {c:g} % confidence. Shares: Wilson score interval. Change: difference from the previous wave with a Welch interval. Priority places: harm (from hot spot cells, shared by overlap area) above the median and mean score below the median. Disclosure control: every count, mean and share carries small noise by the cell key method (ONS, Census 2021), the same whenever the same responses make it up, so figures for overlapping areas cannot be subtracted: counts within ±2, a mean within (scale width)/n, a share within 100/n points of the true value; the intervals include the noise. No individual response is shown.</source>
        <translation>Atal: nid yw ardal â llai na {k} ymatebydd yn dangos unrhyw werth o gwbl (nid hyd yn oed ei nifer); mae cwestiwn a atebwyd gan lai na {k} o bobl mewn ardal yn cael ei ddal yn ôl. Cymedrau: cyfwng t Student (cymedr ± t·s/√n) ar hyder {c:g} %. Cyfrannau: cyfwng sgôr Wilson. Newid: y gwahaniaeth o'r don flaenorol gyda chyfwng Welch. Lleoedd blaenoriaeth: niwed (o gelloedd y mannau problemus, wedi'i rannu yn ôl arwynebedd y gorgyffwrdd) uwchben y canolrif a sgôr gymedrig o dan y canolrif. Rheoli datgelu: mae pob nifer, cymedr a chyfran yn cario ychydig o sŵn drwy'r dull allwedd cell (ONS, Cyfrifiad 2021), yr un fath bob tro y mae'r un ymatebion yn eu ffurfio, felly nid oes modd tynnu ffigurau ardaloedd sy'n gorgyffwrdd oddi wrth ei gilydd: niferoedd o fewn ±2, cymedr o fewn (lled y raddfa)/n, cyfran o fewn 100/n pwynt i'r gwir werth; mae'r cyfyngau'n cynnwys y sŵn. Ni ddangosir unrhyw ymateb unigol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="259" />
        <source>Legend</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="172" />
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="185" />
        <source>Mean</source>
        <translation>Cymedr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="176" />
        <source>Interval</source>
        <translation>Cyfwng</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="185" />
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="192" />
        <source>Most common</source>
        <translation>Mwyaf cyffredin</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="176" />
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="177" />
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="90" />
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="177" />
        <source>Mean score</source>
        <translation>Sgôr gymedrig</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="157" />
        <source>Patrol briefing {}</source>
        <translation>Briff patrolio {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="171" />
        <source>Patrol briefing — {name} (place {fid})</source>
        <translation>Briff patrolio — {name} (lle {fid})</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="206" />
        <source>Why here</source>
        <translation>Pam yma</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="60" />
        <source>Crime type</source>
        <translation>Math o drosedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="215" />
        <source>By weekday: </source>
        <translation>Yn ôl diwrnod yr wythnos: </translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="224" />
        <source>Harm {harm} from {n} crimes (from the geofence layer; choose a crime layer for the breakdown by type).</source>
        <translation>Niwed {harm} o {n} trosedd (o'r haen geoffensys; dewiswch haen troseddau i'w dadansoddi yn ôl math).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="232" />
        <source>Today's patrol windows</source>
        <translation>Ffenestri patrolio heddiw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="25" />
        <source>Window</source>
        <translation>Ffenestr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="28" />
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="27" />
        <source>Order</source>
        <translation>Trefn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="233" />
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="60" />
        <source> (next day)</source>
        <translation> (y diwrnod wedyn)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="237" />
        <source>changed by hand</source>
        <translation>wedi'i newid â llaw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="44" />
        <source>Add a patrol by hand</source>
        <translation>Ychwanegu patrôl â llaw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Place (fence_id)</source>
        <translation>Lle (fence_id)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="84" />
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="32" />
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="38" />
        <source>The geofence layer (needs fence_id; harm is used for the balance).</source>
        <translation>Yr haen geoffensys (angen fence_id; defnyddir niwed ar gyfer y cydbwysedd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="41" />
        <source>Optional: randomise within blocks of this field, e.g. a harm tier.</source>
        <translation>Dewisol: hapddewis o fewn blociau'r maes hwn, e.e. haen niwed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="51" />
        <source>HH:MM-HH:MM windows, comma-separated; Team=06:00-14:00 names the team. A night shift belongs to the day it starts.</source>
        <translation>Ffenestri HH:MM-HH:MM, wedi'u gwahanu gan goma; mae Tîm=06:00-14:00 yn enwi'r tîm. Mae shifft nos yn perthyn i'r diwrnod y mae'n dechrau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="67" />
        <source> patrols</source>
        <translation> patrôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="67" />
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="67" />
        <source> min apart</source>
        <translation> mun rhwng</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="83" />
        <source>Keep the seed with the plan: the same seed and inputs give the same schedule.</source>
        <translation>Cadwch yr hedyn gyda'r cynllun: mae'r un hedyn a'r un mewnbynnau'n rhoi'r un amserlen.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="85" />
        <source>Block field</source>
        <translation>Maes bloc</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="86" />
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="87" />
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="88" />
        <source>Shifts</source>
        <translation>Shifftiau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="89" />
        <source>Dose per treated day</source>
        <translation>Dos ar gyfer pob diwrnod a driniwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="90" />
        <source>Share treated each day</source>
        <translation>Cyfran a driniwyd bob dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="91" />
        <source>Washout days</source>
        <translation>Dyddiau clirio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="92" />
        <source>Seed</source>
        <translation>Hedyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="94" />
        <source>Generate</source>
        <translation>Cynhyrchu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="96" />
        <source>Double-click a window (HH:MM), minutes or team to change it by hand.</source>
        <translation>Cliciwch ddwywaith ar ffenestr (HH:MM), munudau neu dîm i'w newid â llaw.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="103" />
        <source>Add patrol…</source>
        <translation>Patrôl newydd…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="105" />
        <source>Cancel patrol</source>
        <translation>Canslo patrôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>iCalendar…</source>
        <translation>iCalendar…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>GPX…</source>
        <translation>GPX…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>PDF briefing for the day…</source>
        <translation>Briff PDF ar gyfer y dydd…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="107" />
        <source>Route for the day</source>
        <translation>Taith y dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="108" />
        <source>Order the day's places to minimise travel (hotspot:routeorder).</source>
        <translation>Trefnu lleoedd y dydd i leihau teithio (hotspot:routeorder).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="37" />
        <source>Delivery</source>
        <translation>Cyflawni</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="32" />
        <source>Crimes for the briefing's 'why here' (crime_type, harm, and a time field).</source>
        <translation>Troseddau ar gyfer 'pam yma' y briff (crime_type, harm, a maes amser).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="37" />
        <source>Crimes (briefing)</source>
        <translation>Troseddau (briff)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="109" />
        <source>Choose a geofence layer first.</source>
        <translation>Dewiswch haen geoffensys yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="142" />
        <source>{n} patrols planned over {d} days (seed {s}).</source>
        <translation>{n} patrôl wedi'u cynllunio dros {d} diwrnod (hedyn {s}).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="142" />
        <source> Hand edits kept: {k}.</source>
        <translation> Golygiadau â llaw a gadwyd: {k}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="136" />
        <source>All days</source>
        <translation>Pob diwrnod</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/session.py" line="129" />
        <source>Generate a schedule first.</source>
        <translation>Cynhyrchwch amserlen yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="57" />
        <source>Export taskings</source>
        <translation>Allforio tasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="61" />
        <source>Written: {}</source>
        <translation>Ysgrifennwyd: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="108" />
        <source>The PDF could not be written to {}.</source>
        <translation>Nid oedd modd ysgrifennu'r PDF i {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/session.py" line="178" />
        <source>Tasking schedule (as planned)</source>
        <translation>Amserlen dasgau (fel y'i cynlluniwyd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="236" />
        <source>Generate a schedule and pick a day first.</source>
        <translation>Cynhyrchwch amserlen a dewiswch ddiwrnod yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="250" />
        <source>Route {}</source>
        <translation>Taith {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="253" />
        <source>Route for {day}: {total:.0f} m (in the planned order {before:.0f} m).</source>
        <translation>Taith ar gyfer {day}: {total:.0f} m (yn y drefn a gynlluniwyd {before:.0f} m).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="99" />
        <source>Exception report: {met} met, {partly} partly met, {missed} not met, {nodata} no data.</source>
        <translation>Adroddiad eithriadau: {met} wedi'u bodloni, {partly} wedi'u bodloni'n rhannol, {missed} heb eu bodloni, {nodata} heb ddata.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="20" />
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="22" />
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="38" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="24" />
        <source>Arm</source>
        <translation>Braich</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="29" />
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="49" />
        <source>Delivered (min)</source>
        <translation>Wedi'i gyflawni (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="138" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="112" />
        <source>cancelled</source>
        <translation>wedi'i ganslo</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="254" />
        <source>Write the new start as HH:MM, e.g. 14:30.</source>
        <translation>Ysgrifennwch yr amser dechrau newydd fel HH:MM, e.e. 14:30.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="265" />
        <source>Only treated place-days have patrol windows to move.</source>
        <translation>Dim ond diwrnodau lle a driniwyd sydd â ffenestri patrolio i'w symud.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="276" />
        <source>Minutes apply to treated place-days and cannot be negative.</source>
        <translation>Mae munudau'n berthnasol i ddiwrnodau lle a driniwyd ac ni allant fod yn negatif.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="98" />
        <source>Import officer tracks</source>
        <translation>Mewnforio traciau swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="107" />
        <source>Export files</source>
        <translation>Ffeiliau allforio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="110" />
        <source>App GPS or radio CSV, GPX, GeoJSON or NMEA files; all are imported together.</source>
        <translation>Ffeiliau CSV GPS yr ap neu radio, GPX, GeoJSON neu NMEA; maen nhw i gyd yn cael eu mewnforio gyda'i gilydd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="114" />
        <source>Add files…</source>
        <translation>Ychwanegu ffeiliau…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="115" />
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="118" />
        <source>auto recognises each file from its extension or first characters.</source>
        <translation>mae auto yn adnabod pob ffeil o'i estyniad neu ei nodau cyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="121" />
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="127" />
        <source>Columns (recognised from their names; correct them if needed)</source>
        <translation>Colofnau (wedi'u hadnabod o'u henwau; cywirwch nhw os oes angen)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="133" />
        <source>The column holding the {0}.</source>
        <translation>Y golofn sy'n dal y {0}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="139" />
        <source>Saved column mappings for exports you import often.</source>
        <translation>Mapiadau colofnau wedi'u cadw ar gyfer allforion rydych yn eu mewnforio'n aml.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="140" />
        <source>Save preset…</source>
        <translation>Cadw rhagosodiad…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="141" />
        <source>Delete preset</source>
        <translation>Dileu rhagosodiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="142" />
        <source>Preset</source>
        <translation>Rhagosodiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="152" />
        <source>The first rows of the selected file as they will be read.</source>
        <translation>Rhesi cyntaf y ffeil a ddewiswyd fel y cânt eu darllen.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="157" />
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="161" />
        <source>CRS of the coordinates in the files (EPSG:4326 for latitude/longitude).</source>
        <translation>CRS y cyfesurynnau yn y ffeiliau (EPSG:4326 ar gyfer lledred/hydred).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="162" />
        <source>Coordinates' CRS</source>
        <translation>CRS y cyfesurynnau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="164" />
        <source>Time zone of times written without an offset.</source>
        <translation>Cylchfa amser amseroedd a ysgrifennwyd heb wrthbwyso.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="165" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="168" />
        <source>How to read slashed dates such as 07/04/2026. auto: day first (UK) unless some dates only make sense month first (04/13/2026); a file with both kinds is reported and not imported.</source>
        <translation>Sut i ddarllen dyddiadau â slaes fel 07/04/2026. auto: y diwrnod yn gyntaf (DU) oni bai mai dim ond gyda'r mis yn gyntaf y mae rhai dyddiadau'n gwneud synnwyr (04/13/2026); caiff ffeil â'r ddau fath ei hadrodd ac nid ei mewnforio.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="174" />
        <source>Date order</source>
        <translation>Trefn y dyddiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="177" />
        <source>Optional CSV of radio id (ISSI) → collar number.</source>
        <translation>CSV dewisol o ddynodydd radio (ISSI) → rhif coler.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="178" />
        <source>Radio id lookup</source>
        <translation>Tabl chwilio dynodyddion radio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="179" />
        <source>Pseudonymise officer ids (and file names)</source>
        <translation>Ffugenwi dynodyddion swyddogion (ac enwau ffeiliau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="185" />
        <source>Fixes that need more than this speed to reach and leave are jumps; 0 = off.</source>
        <translation>Neidiau yw safleoedd sydd angen mwy na'r cyflymder hwn i'w cyrraedd a'u gadael; 0 = i ffwrdd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="188" />
        <source>Maximum speed</source>
        <translation>Cyflymder uchaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="193" />
        <source>Fixes with a larger stated error are dropped; 0 = off.</source>
        <translation>Mae safleoedd â gwall datganedig mwy yn cael eu gollwng; 0 = i ffwrdd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="194" />
        <source>Maximum accuracy error</source>
        <translation>Gwall cywirdeb uchaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="201" />
        <source>Geofences to measure dwell and compliance in (optional).</source>
        <translation>Geoffensys i fesur amser aros a chydymffurfiaeth ynddynt (dewisol).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="202" />
        <source>Geofence layer</source>
        <translation>Haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="213" />
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="214" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="559" />
        <source>Colour fences by compliance</source>
        <translation>Lliwio ffensys yn ôl cydymffurfiaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="219" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="256" />
        <source>Tracking exports</source>
        <translation>Allforion tracio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="256" />
        <source>Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)</source>
        <translation>Allforion tracio (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;Pob ffeil (*.*)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="373" />
        <source>Saved preset '{0}'.</source>
        <translation>Cadwyd y rhagosodiad '{0}'.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="398" />
        <source>Save preset</source>
        <translation>Cadw rhagosodiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="398" />
        <source>Preset name</source>
        <translation>Enw'r rhagosodiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="447" />
        <source>Add at least one export file.</source>
        <translation>Ychwanegwch o leiaf un ffeil allforio.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="460" />
        <source>Importing {0} file(s)…</source>
        <translation>Wrthi'n mewnforio {0} ffeil…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="477" />
        <source>Import cancelled.</source>
        <translation>Canslwyd y mewnforio.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="481" />
        <source>Officer fixes</source>
        <translation>Safleoedd swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="479" />
        <source>Officer tracks</source>
        <translation>Traciau swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="482" />
        <source>Added {0:,} fixes and {1:,} track lines.</source>
        <translation>Ychwanegwyd {0:,} safle a {1:,} llinell trac.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="512" />
        <source>Dwell and compliance are not available in this version: fixes and tracks only.</source>
        <translation>Nid yw amser aros a chydymffurfiaeth ar gael yn y fersiwn hon: safleoedd a thraciau yn unig.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="502" />
        <source>Measuring dwell in {0}…</source>
        <translation>Wrthi'n mesur amser aros yn {0}…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="524" />
        <source>Fences by dwell</source>
        <translation>Ffensys yn ôl amser aros</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="533" />
        <source>Added visits and fences coloured by dwell.</source>
        <translation>Ychwanegwyd ymweliadau a ffensys wedi'u lliwio yn ôl amser aros.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="555" />
        <source>Style {0} is missing from the plugin.</source>
        <translation>Mae'r arddull {0} ar goll o'r ategyn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="559" />
        <source>Colour fences by dwell</source>
        <translation>Lliwio ffensys yn ôl amser aros</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/plugin.py" line="14" />
        <source>&amp;Hot spot policing</source>
        <translation>&amp;Plismona mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/plugin.py" line="45" />
        <source>Harm hot spots…</source>
        <translation>Mannau problemus niwed…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="130" />
        <source>Fence id (assigned on save)</source>
        <translation>Dynodydd y ffens (a roddir wrth gadw)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="132" />
        <source>Rank (1 = most harm)</source>
        <translation>Safle (1 = mwyaf o niwed)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Live</source>
        <translation>Byw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Retired</source>
        <translation>Wedi ymddeol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="144" />
        <source>Valid from</source>
        <translation>Dilys o</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="145" />
        <source>Valid to</source>
        <translation>Dilys tan</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="146" />
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="147" />
        <source>Last edited by</source>
        <translation>Golygwyd ddiwethaf gan</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="148" />
        <source>Last edited at</source>
        <translation>Golygwyd ddiwethaf am</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="149" />
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="150" />
        <source>Based on version</source>
        <translation>Yn seiliedig ar fersiwn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="175" />
        <source>Status is draft, live or retired.</source>
        <translation>Mae'r statws yn ddrafft, yn fyw neu wedi ymddeol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="183" />
        <source>Valid to must not be before valid from.</source>
        <translation>Ni chaiff Dilys tan fod cyn Dilys o.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="230" />
        <source>Geofence form and style (hot spot policing plugin)</source>
        <translation>Ffurflen ac arddull geoffensys (ategyn plismona mannau problemus)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="158" />
        <source>Suppressed or withheld (fewer than {} respondents)</source>
        <translation>Wedi'i atal neu wedi'i ddal yn ôl (llai na {} ymatebydd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="159" />
        <source>Suppressed or withheld (too few respondents)</source>
        <translation>Wedi'i atal neu wedi'i ddal yn ôl (rhy ychydig o ymatebwyr)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="587" />
        <source>algorithm {0} is not installed</source>
        <translation>nid yw'r algorithm {0} wedi'i osod</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="591" />
        <source>needs {0}</source>
        <translation>angen {0}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="571" />
        <source>wave</source>
        <translation>ton</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="170" />
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="179" />
        <source>responses</source>
        <translation>ymateb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="205" />
        <source>Suppressed: too few respondents to show any value</source>
        <translation>Wedi'i atal: rhy ychydig o ymatebwyr i ddangos unrhyw werth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="206" />
        <source>Withheld: too few answers to show a value</source>
        <translation>Wedi'i ddal yn ôl: rhy ychydig o atebion i ddangos gwerth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="180" />
        <source>Map and exports…</source>
        <translation>Map ac allforion…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="181" />
        <source>How the result is shown, and its CSV and PDF exports.</source>
        <translation>Sut y dangosir y canlyniad, a'i allforion CSV a PDF.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="346" />
        <source>Map and exports</source>
        <translation>Map ac allforion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="52" />
        <source>Compliance per tasking</source>
        <translation>Cydymffurfiaeth ar gyfer pob tasg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="93" />
        <source>Other types ({n})</source>
        <translation>Mathau eraill ({n})</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="95" />
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="211" />
        <source>{n:,} crimes, harm {harm:,}, in the place.</source>
        <translation>{n:,} trosedd, niwed {harm:,}, yn y lle.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="42" />
        <source>Compliance per tasking from Dwell and compliance: its statuses are those of the map.</source>
        <translation>Cydymffurfiaeth ar gyfer pob tasg o Amser aros a chydymffurfiaeth: ei statwsau yw rhai'r map.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="47" />
        <source>Visits from Dwell and compliance (fence_id, officer_id, start_utc, end_utc), when there is no table.</source>
        <translation>Ymweliadau o Amser aros a chydymffurfiaeth (fence_id, officer_id, start_utc, end_utc), pan nad oes tabl.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="73" />
        <source>Generate a schedule and choose the per-tasking table or the visits first.</source>
        <translation>Cynhyrchwch amserlen a dewiswch y tabl fesul tasg neu'r ymweliadau yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="29" />
        <source>Exports and briefing</source>
        <translation>Allforion a briff</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="114" />
        <source>Exports and briefing…</source>
        <translation>Allforion a briff…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="115" />
        <source>Delivery…</source>
        <translation>Cyflawni…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="457" />
        <source>The Processing algorithm {0} is not available.</source>
        <translation>Nid yw'r algorithm Prosesu {0} ar gael.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="477" />
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="520" />
        <source>Dwell and compliance failed or were cancelled.</source>
        <translation>Methodd Amser aros a chydymffurfiaeth neu cafodd ei ganslo.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="535" />
        <source>None of the imported fixes lies in any fence of {0}: every fence has 0 dwell. Check the coordinates' CRS of the exports and that the fences are the right ones.</source>
        <translation>Nid oes yr un o'r safleoedd a fewnforiwyd mewn unrhyw ffens yn {0}: mae gan bob ffens 0 amser aros. Gwiriwch CRS cyfesurynnau'r allforion a bod y ffensys yn rhai cywir.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="547" />
        <source>Import tracks</source>
        <translation>Mewnforio traciau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hot spot, 99 % confidence</source>
        <translation>Man problemus, hyder 99 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hot spot, 95 % confidence</source>
        <translation>Man problemus, hyder 95 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hot spot, 90 % confidence</source>
        <translation>Man problemus, hyder 90 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Not significant</source>
        <translation>Ddim yn arwyddocaol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cold spot, 90 % confidence</source>
        <translation>Man oer, hyder 90 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cold spot, 95 % confidence</source>
        <translation>Man oer, hyder 95 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cold spot, 99 % confidence</source>
        <translation>Man oer, hyder 99 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Met (all tasked minutes delivered)</source>
        <translation>Wedi'i fodloni (pob munud a dasgwyd wedi'i gyflawni)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Not met (tracked, no patrol)</source>
        <translation>Heb ei fodloni (wedi'i dracio, dim patrôl)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No data (not tracked during the windows)</source>
        <translation>Dim data (heb ei dracio yn ystod y ffenestri)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No tasking</source>
        <translation>Dim tasg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No visits</source>
        <translation>Dim ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Under 5 min per visit</source>
        <translation>Llai na 5 mun ar gyfer pob ymweliad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>5-10 min per visit</source>
        <translation>5-10 mun ar gyfer pob ymweliad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>10-15 min per visit (Koper optimum)</source>
        <translation>10-15 mun ar gyfer pob ymweliad (optimwm Koper)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Over 15 min per visit</source>
        <translation>Dros 15 mun ar gyfer pob ymweliad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Insert</source>
        <translation>Ychwanegiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Update</source>
        <translation>Diweddariad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Delete</source>
        <translation>Dilead</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Invalid geometry</source>
        <translation>Geometreg annilys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Overlaps a live fence</source>
        <translation>Yn gorgyffwrdd â ffens fyw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Area below minimum</source>
        <translation>Arwynebedd o dan yr isafswm</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Area above maximum</source>
        <translation>Arwynebedd uwchben yr uchafswm</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Covers no hot cell</source>
        <translation>Nid yw'n cwmpasu unrhyw gell boeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No geometry</source>
        <translation>Dim geometreg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Treated areas</source>
        <translation>Ardaloedd a driniwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Ring around treated areas</source>
        <translation>Cylch o amgylch yr ardaloedd a driniwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Control areas</source>
        <translation>Ardaloedd rheoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Ring around control areas</source>
        <translation>Cylch o amgylch yr ardaloedd rheoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Intensifying Hot Spot</source>
        <translation>Man problemus sy'n dwysáu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Persistent Hot Spot</source>
        <translation>Man problemus parhaus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Consecutive Hot Spot</source>
        <translation>Man problemus olynol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>New Hot Spot</source>
        <translation>Man problemus newydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Diminishing Hot Spot</source>
        <translation>Man problemus sy'n lleihau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Oscillating Hot Spot</source>
        <translation>Man problemus osgiliadol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Sporadic Hot Spot</source>
        <translation>Man problemus achlysurol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Historical Hot Spot</source>
        <translation>Man problemus hanesyddol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Intensifying Cold Spot</source>
        <translation>Man oer sy'n dwysáu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Persistent Cold Spot</source>
        <translation>Man oer parhaus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Consecutive Cold Spot</source>
        <translation>Man oer olynol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>New Cold Spot</source>
        <translation>Man oer newydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Diminishing Cold Spot</source>
        <translation>Man oer sy'n lleihau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Oscillating Cold Spot</source>
        <translation>Man oer osgiliadol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Sporadic Cold Spot</source>
        <translation>Man oer achlysurol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Historical Cold Spot</source>
        <translation>Man oer hanesyddol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No Pattern Detected</source>
        <translation>Ni chanfuwyd patrwm</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/session.py" line="169" />
        <source>Place {}</source>
        <translation>Lle {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>officer id</source>
        <translation>dynodydd swyddog</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>time</source>
        <translation>amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>x / longitude</source>
        <translation>x / hydred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>y / latitude</source>
        <translation>y / lledred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>speed</source>
        <translation>cyflymder</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>heading</source>
        <translation>cyfeiriad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>accuracy</source>
        <translation>cywirdeb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="60" />
        <source>Could not copy the fences: {}</source>
        <translation>Nid oedd modd copïo'r ffensys: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="166" />
        <source>The connection string holds a password. The plugin leaves it out of everything it writes, but QGIS itself shows parameter values in its log: use a saved connection with an authentication configuration instead.</source>
        <translation>Mae'r llinyn cysylltu'n dal cyfrinair. Mae'r ategyn yn ei adael allan o bopeth y mae'n ei ysgrifennu, ond mae QGIS ei hun yn dangos gwerthoedd paramedrau yn ei log: defnyddiwch gysylltiad wedi'i gadw gyda ffurfweddiad dilysu yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="174" />
        <source>This connection keeps its password in QGIS's settings as plain text. The layer is added without it (QGIS asks for it when the project is opened in a new session). Keep the credentials in an authentication configuration instead: Browser → PostgreSQL → Edit connection → Authentication → Configurations.</source>
        <translation>Mae'r cysylltiad hwn yn cadw ei gyfrinair yng ngosodiadau QGIS fel testun plaen. Mae'r haen yn cael ei hychwanegu hebddo (mae QGIS yn gofyn amdano pan agorir y prosiect mewn sesiwn newydd). Cadwch y manylion mewngofnodi mewn ffurfweddiad dilysu yn lle hynny: Browser → PostgreSQL → Edit connection → Authentication → Configurations.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="34" />
        <source>The districts layer has no field {}: choose its code field.</source>
        <translation>Nid oes gan yr haen ardaloedd faes {}: dewiswch ei maes cod.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="46" />
        <source>A district (feature {}) has no code in {}: every district needs one.</source>
        <translation>Ardal (nodwedd {}) heb god yn {}: mae angen un ar bob ardal.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="53" />
        <source>District code {} appears twice in {}: codes must be unique.</source>
        <translation>Mae'r cod ardal {} yn ymddangos ddwywaith yn {}: rhaid i godau fod yn unigryw.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="59" />
        <source>District {} has no geometry.</source>
        <translation>Nid oes geometreg gan yr ardal {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="315" />
        <source>{}: {} have no field '{}'. Fields available: {}.</source>
        <translation>{}: nid oes gan {} faes '{}'. Meysydd ar gael: {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="717" />
        <source>Could not write the feature of area {} to the output: {}</source>
        <translation>Nid oedd modd ysgrifennu nodwedd yr ardal {} i'r allbwn: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="282" />
        <source>{} has no coordinate reference system. Set its CRS (Layer Properties → Source) to the one the coordinates are in, e.g. EPSG:27700 or EPSG:4326.</source>
        <translation>{}: nid oes system cyfeirnodau cyfesurynnau ganddi. Gosodwch ei CRS (Priodweddau'r Haen → Ffynhonnell) i'r un y mae'r cyfesurynnau ynddo, e.e. EPSG:27700 neu EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="291" />
        <source>{} is in {} (degrees): reprojected to {} (British National Grid) so distances are in metres.</source>
        <translation>{}: mae yn {} (graddau): wedi'i hail-daflunio i {} (Grid Cenedlaethol Prydain) fel bod pellteroedd mewn metrau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="297" />
        <source>{} is in a geographic CRS ({}, degrees) and lies outside Great Britain. Reproject it to a projected CRS in metres (Vector → Data Management → Reproject Layer) and run again.</source>
        <translation>{}: mae mewn CRS daearyddol ({}, graddau) ac y tu allan i Brydain Fawr. Ail-daflunwch hi i CRS tafluniedig mewn metrau (Vector → Data Management → Reproject Layer) a rhedwch eto.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="304" />
        <source>{} uses a CRS in {}, not metres. Reproject it to a projected CRS in metres such as EPSG:27700.</source>
        <translation>{}: mae'n defnyddio CRS mewn {}, nid metrau. Ail-daflunwch hi i CRS tafluniedig mewn metrau fel EPSG:27700.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="47" />
        <source>{} must be a point layer (one point per crime).</source>
        <translation>{}: rhaid iddi fod yn haen bwyntiau (un pwynt ar gyfer pob trosedd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="203" />
        <source>Field {} holds '{}', which is not a number. Choose a numeric harm field.</source>
        <translation>Mae'r maes {} yn dal '{}', nad yw'n rhif. Dewiswch faes niwed rhifol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="237" />
        <source>Repaired {} invalid boundary polygon(s) before use (the layer is unchanged).</source>
        <translation>Atgyweiriwyd {} polygon ffin annilys cyn eu defnyddio (nid yw'r haen wedi'i newid).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="279" />
        <source>{} lacks the field(s) {}. Use the cell output of Harm-weighted hot spots (Gi*).</source>
        <translation>{}: mae'r maes/meysydd {} ar goll. Defnyddiwch allbwn celloedd Mannau problemus wedi'u pwysoli yn ôl niwed (Gi*).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/tasking_io.py" line="35" />
        <source>{} lacks the field(s) {}.</source>
        <translation>{}: mae'r maes/meysydd {} ar goll.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/track_layers.py" line="135" />
        <source>The coordinates' CRS ({}) cannot be transformed to {}. Choose the CRS the export's coordinates are in.</source>
        <translation>Ni ellir trawsnewid CRS y cyfesurynnau ({}) i {}. Dewiswch y CRS y mae cyfesurynnau'r allforyn ynddo.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/track_layers.py" line="135" />
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/outputs.py" line="736" />
        <source>Wrote {} to {}.</source>
        <translation>Ysgrifennwyd {} i {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/outputs.py" line="739" />
        <source>Style and metadata of {} are stored in the GeoPackage (layer_styles).</source>
        <translation>Mae arddull a metadata {} wedi'u storio yn y GeoPackage (layer_styles).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/outputs.py" line="798" />
        <source>Cancelled: no output was written.</source>
        <translation>Wedi'i ganslo: ni ysgrifennwyd unrhyw allbwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="105" />
        <source>Did the patrols work? (Evaluation)</source>
        <translation>A weithiodd y patrolau? (Gwerthuso)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="107" />
        <source>The Evaluation group holds a 12-week randomised trial over 40 places of the town, with a known answer: patrols were planted to cut crime by 30 % on treated days. Its tables show what an evaluator would report: the rate ratio of treated to control days with its interval and randomisation p-value (Trial effect), harm by patrol minutes (Dose-response), time to the next crime after a patrol leaves (Koper), whether crime moved into the ring around the places (Displacement) and the smallest effect the design could find (Trial power).</source>
        <translation>Mae'r grŵp Gwerthuso yn dal treial ar hap 12 wythnos dros 40 lle yn y dref, gydag ateb hysbys: plannwyd patrolau i dorri troseddu 30 % ar ddiwrnodau a driniwyd. Mae ei dablau'n dangos yr hyn y byddai gwerthuswr yn ei adrodd: cymhareb cyfraddau diwrnodau a driniwyd i ddiwrnodau rheoli gyda'i chyfwng a'i gwerth p hapddyrannu (Effaith y treial), niwed yn ôl munudau patrolio (Dos–ymateb), yr amser hyd at y drosedd nesaf ar ôl i batrôl adael (Koper), a symudodd troseddu i'r cylch o amgylch y lleoedd (Dadleoli) a'r effaith leiaf y gallai'r dyluniad ei chanfod (Pŵer y treial).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="45" />
        <source>Evaluation</source>
        <translation>Gwerthuso</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="472" />
        <source>Trial: areas and rings</source>
        <translation>Treial: ardaloedd a chylchoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="476" />
        <source>Trial: places</source>
        <translation>Treial: lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="480" />
        <source>Trial: crimes</source>
        <translation>Treial: troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="483" />
        <source>Trial tables</source>
        <translation>Tablau'r treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="485" />
        <source>Place-day ledger</source>
        <translation>Cofrestr lle-dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="486" />
        <source>Trial effect: crimes</source>
        <translation>Effaith y treial: troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="487" />
        <source>Trial effect: harm</source>
        <translation>Effaith y treial: niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="488" />
        <source>Dose–response</source>
        <translation>Dos–ymateb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="489" />
        <source>Tasked vs delivered per place</source>
        <translation>Tasgwyd yn erbyn cyflawnwyd fesul lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="490" />
        <source>Koper bands</source>
        <translation>Bandiau Koper</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="491" />
        <source>Koper curves</source>
        <translation>Cromliniau Koper</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="492" />
        <source>Displacement</source>
        <translation>Dadleoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="493" />
        <source>Trial power</source>
        <translation>Pŵer y treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="494" />
        <source>Trial schedule</source>
        <translation>Amserlen y treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="495" />
        <source>Trial visits</source>
        <translation>Ymweliadau'r treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="292" />
        <source>Trial: place-day ledger</source>
        <translation>Treial: cofrestr lle-dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="308" />
        <source>Trial: effect on crimes</source>
        <translation>Treial: effaith ar droseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="325" />
        <source>Trial: effect on harm</source>
        <translation>Treial: effaith ar niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="340" />
        <source>Trial: residual deterrence (Koper curves)</source>
        <translation>Treial: ataliaeth weddilliol (cromliniau Koper)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="354" />
        <source>Trial: displacement and diffusion</source>
        <translation>Treial: dadleoli a thryledu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="371" />
        <source>Trial: power of the design</source>
        <translation>Treial: pŵer y dyluniad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="389" />
        <source>Trial report (PDF)</source>
        <translation>Adroddiad y treial (PDF)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="389" />
        <source>Hollowford patrol trial, 12 weeks: did it work?</source>
        <translation>Treial patrolio Hollowford, 12 wythnos: a weithiodd?</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="577" />
        <source>Demo trial: 12 weeks of places, schedule, crimes and visits</source>
        <translation>Treial y demo: 12 wythnos o leoedd, amserlen, troseddau ac ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="579" />
        <source>Demo trial data: {0}</source>
        <translation>Data treial y demo: {0}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="101" />
        <source>Chain: police.uk → hot spots → geofences → tasking</source>
        <translation>Cadwyn: police.uk → mannau problemus → geoffensys → tasgio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="102" />
        <source>Chain: officer tracks → dwell and compliance → exception report</source>
        <translation>Cadwyn: traciau swyddogion → amser aros a chydymffurfiaeth → adroddiad eithriadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="114" />
        <source>Chains</source>
        <translation>Cadwyni</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="136" />
        <source>Could not load the model {name}; reinstall the plugin.</source>
        <translation>Nid oedd modd llwytho'r model {name}; ailosodwch yr ategyn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>Rate ratio</source>
        <translation>Cymhareb cyfraddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>95 % interval</source>
        <translation>Cyfwng 95 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>p (model)</source>
        <translation>p (model)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>p (randomisation)</source>
        <translation>p (hapddyrannu)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="161" />
        <source>Design</source>
        <translation>Dyluniad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="166" />
        <source>Balance of the allocation (treatment vs control place-days)</source>
        <translation>Cydbwysedd y dyraniad (triniaeth yn erbyn rheoli)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="186" />
        <source>Each place's level is its mean on control days, so the patrols' effect does not enter it; under randomisation the arms' means should be close.</source>
        <translation>Lefel pob lle yw ei gymedr ar ddiwrnodau rheoli, felly nid yw effaith y patrolau'n mynd iddo; o dan hapddyrannu dylai cymedrau'r breichiau fod yn agos.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="198" />
        <source>Effect: intention to treat</source>
        <translation>Effaith: bwriad i drin</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="202" />
        <source>Rate ratio of treatment to control place-days, arm as allocated; place fixed effects, errors clustered by place; each day's length is its exposure. p (randomisation): the share of redraws of the allocation, made with the schedule's own design, whose rate ratio is as far from 1.</source>
        <translation>Cymhareb cyfraddau diwrnodau lle triniaeth i reoli, y fraich fel y'i dyrannwyd; effeithiau sefydlog lle, gwallau wedi'u clystyru yn ôl lle; hyd pob diwrnod yw ei amlygiad. p (hapddyrannu): cyfran yr ail-dyniadau o'r dyraniad, a wnaed gyda dyluniad yr amserlen ei hun, y mae eu cymhareb cyfraddau mor bell o 1.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="220" />
        <source>Dose–response (descriptive)</source>
        <translation>Dos–ymateb (disgrifiadol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Delivered</source>
        <translation>Wedi'i gyflawni</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Place-days</source>
        <translation>Diwrnodau lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Crimes / day</source>
        <translation>Troseddau / dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Harm / day</source>
        <translation>Niwed / dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>± 1.96 SE</source>
        <translation>± 1.96 SE</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="236" />
        <source>Delivered minutes were not randomised: places that got more patrol may differ, so this shows an association, not an effect.</source>
        <translation>Ni hapddyrannwyd y munudau a gyflawnwyd: gall lleoedd a gafodd fwy o batrolio fod yn wahanol, felly mae hyn yn dangos cysylltiad, nid effaith.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="250" />
        <source>No dose–response table was given.</source>
        <translation>Ni roddwyd tabl dos–ymateb.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="251" />
        <source>Residual deterrence (Koper curves)</source>
        <translation>Ataliaeth weddilliol (cromliniau Koper)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Visit length</source>
        <translation>Hyd yr ymweliad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Presences</source>
        <translation>Presenoldebau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Median (min)</source>
        <translation>Canolrif (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="269" />
        <source>Time from the end of a presence (officers joined over a place) to the next crime there, censored at the next presence and the end of observation. </source>
        <translation>Amser o ddiwedd presenoldeb (swyddogion wedi'u huno dros le) hyd at y drosedd nesaf yno, wedi'i sensro wrth y presenoldeb nesaf ac ar ddiwedd yr arsylwi. </translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="284" />
        <source>No Koper curves were given.</source>
        <translation>Ni roddwyd cromliniau Koper.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="288" />
        <source>Displacement and diffusion</source>
        <translation>Dadleoli a thryledu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="309" />
        <source>Treated, before</source>
        <translation>Wedi'u trin, cyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="310" />
        <source>Treated, after</source>
        <translation>Wedi'u trin, ar ôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="311" />
        <source>Treated ring, before</source>
        <translation>Cylch y rhai a driniwyd, cyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="312" />
        <source>Treated ring, after</source>
        <translation>Cylch y rhai a driniwyd, ar ôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="313" />
        <source>Control, before</source>
        <translation>Rheoli, cyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="314" />
        <source>Control, after</source>
        <translation>Rheoli, ar ôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="315" />
        <source>Control ring, before</source>
        <translation>Cylch rheoli, cyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="316" />
        <source>Control ring, after</source>
        <translation>Cylch rheoli, ar ôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="317" />
        <source>WDD</source>
        <translation>WDD</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="318" />
        <source>WDD standard error</source>
        <translation>Gwall safonol WDD</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="319" />
        <source>WDD z</source>
        <translation>WDD z</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="320" />
        <source>WDD p</source>
        <translation>WDD p</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="321" />
        <source>WDQ</source>
        <translation>WDQ</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="327" />
        <source>WDD = ΔTreated − ΔControl + ΔTreated ring − ΔControl ring (Wheeler &amp; Ratcliffe 2018): below 0 a net fall beyond the controls'. WDQ (Bowers &amp; Johnson 2003): above 0 the benefit spread into the ring, below 0 crime was displaced into it (−1: as much as the target fell).</source>
        <translation>WDD = ΔTreated − ΔControl + ΔTreated ring − ΔControl ring (Wheeler &amp; Ratcliffe 2018): o dan 0 cwymp net y tu hwnt i'r rheolyddion. WDQ (Bowers &amp; Johnson 2003): uwchben 0 ymledodd y budd i'r cylch, o dan 0 dadleolwyd troseddu iddo (−1: cymaint ag y cwympodd y targed).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="342" />
        <source>No displacement table was given.</source>
        <translation>Ni roddwyd tabl dadleoli.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="73" />
        <source>Dwell is the time officers spent inside a geofence, worked out from their phone and radio positions. A short pass in a car is not a patrol; gaps in the positions count as no data, never as absent. Compliance compares the minutes tasked with the minutes delivered, drawn as the fence's outline: teal solid met, mustard dashed partly met, slate hatched not met, grey dotted no data (red on this map only ever means a hot spot). Some places are controls: deliberately not tasked that day.</source>
        <translation>Amser aros yw'r amser a dreuliodd swyddogion y tu mewn i geoffens, wedi'i gyfrifo o safleoedd eu ffonau a'u radios. Nid patrôl yw mynd heibio'n gyflym mewn car; mae bylchau yn y safleoedd yn cyfrif fel dim data, byth fel absenoldeb. Mae cydymffurfiaeth yn cymharu'r munudau a dasgwyd â'r munudau a gyflawnwyd, wedi'i lluniadu fel amlinelliad y ffens: gwyrddlas solet wedi'i fodloni, mwstard toredig wedi'i fodloni'n rhannol, llechen â llinellau heb ei fodloni, llwyd dotiog dim data (ar y map hwn dim ond man problemus y mae coch yn ei olygu). Lleoedd rheoli yw rhai lleoedd: yn fwriadol heb dasg y diwrnod hwnnw.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="92" />
        <source>Save the project and open it again (or View ▸ 3D Map Views): the tilted view Hot spots in 3D shows hot spot cells rising in proportion to their harm, coloured by their Gi* bin.</source>
        <translation>Cadwch y prosiect a'i agor eto (neu View ▸ 3D Map Views): mae'r olwg ar ogwydd Mannau problemus mewn 3D yn dangos celloedd mannau problemus yn codi yn ôl eu niwed, wedi'u lliwio yn ôl eu dosbarth Gi*.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="116" />
        <source>Trends: what is new, what is growing</source>
        <translation>Tueddiadau: beth sy'n newydd, beth sy'n tyfu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="118" />
        <source>The Trends group holds a year of crime as emerging hot spots: each square's hot spot weeks and trend give it a category (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating or historical). A late-night takeaway strip opened on Tannery Row in the last weeks of the year: a consecutive hot spot. The weeks layer plays in the Temporal Controller once its range is set to the year; the aoristic table spreads burglaries found later over the hours they may have happened in.</source>
        <translation>Mae'r grŵp Tueddiadau yn dangos blwyddyn o droseddu fel mannau problemus sy'n dod i'r amlwg: mae wythnosau man problemus a thueddiad pob sgwâr yn rhoi categori iddo (newydd, olynol, dwysáu, parhaus, lleihau, achlysurol, osgiliadol neu hanesyddol). Agorodd stribed o siopau bwyd hwyr y nos ar Tannery Row yn wythnosau olaf y flwyddyn: man problemus olynol. Mae haen yr wythnosau'n chwarae yn y Rheolydd Amserol unwaith y gosodir ei amrediad i'r flwyddyn; mae'r tabl aoristig yn gwasgaru bwrgleriaethau a ganfuwyd yn ddiweddarach dros yr oriau y gallent fod wedi digwydd ynddynt.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="183" />
        <source>Hot spots in 3D</source>
        <translation>Mannau problemus mewn 3D</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="508" />
        <source>Harm hot spots in {0}</source>
        <translation>Mannau problemus niwed yn {0}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="530" />
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="248" />
        <source>Emerging hot spots (a year, weekly)</source>
        <translation>Mannau problemus sy'n dod i'r amlwg (blwyddyn, wythnosol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="538" />
        <source>Hot and cold spots by week</source>
        <translation>Mannau problemus ac oer yn ôl wythnos</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="544" />
        <source>Aoristic hours of the week per place</source>
        <translation>Oriau aoristig yr wythnos ar gyfer pob lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="261" />
        <source>When it happens (aoristic hours of the week)</source>
        <translation>Pryd mae'n digwydd (oriau aoristig yr wythnos)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="246" />
        <source>Protective marking…</source>
        <translation>Marc diogelu…</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="246" />
        <source>The marking printed at the top and bottom of every map, briefing and report page</source>
        <translation>Y marc a argraffir ar frig a gwaelod pob tudalen map, briff ac adroddiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="260" />
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="260" />
        <source>Printed on every page of the plugin's layouts (e.g. OFFICIAL or OFFICIAL-SENSITIVE):</source>
        <translation>Wedi'i argraffu ar bob tudalen o gynlluniau'r ategyn (e.e. OFFICIAL neu OFFICIAL-SENSITIVE):</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="686" />
        <source>“{name}” looks like officer GPS fixes ({fields}), not survey responses. Choose the survey's table or point layer (one row per response, the answers as fields), or load its CSV.</source>
        <translation>Mae “{name}” yn edrych fel safleoedd GPS swyddogion ({fields}), nid ymatebion arolwg. Dewiswch dabl neu haen bwyntiau'r arolwg (un rhes ar gyfer pob ymateb, yr atebion fel meysydd), neu llwythwch ei CSV.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="691" />
        <source>“{name}” looks like crime records ({fields}), not survey responses. Choose the survey's table or point layer, or load its CSV.</source>
        <translation>Mae “{name}” yn edrych fel cofnodion troseddau ({fields}), nid ymatebion arolwg. Dewiswch dabl neu haen bwyntiau'r arolwg, neu llwythwch ei CSV.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="696" />
        <source>“{name}” has no answer-like fields (ratings from 0 to 10, or text answers from a few options), so it cannot be a survey. Choose the layer of survey responses, or load its CSV.</source>
        <translation>Nid oes gan “{name}” feysydd tebyg i atebion (graddfeydd o 0 i 10, neu atebion testun o ychydig o ddewisiadau), felly ni all fod yn arolwg. Dewiswch haen ymatebion yr arolwg, neu llwythwch ei CSV.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="701" />
        <source>“{name}” is not a table or a point layer, so it cannot be survey responses.</source>
        <translation>Nid yw “{name}” yn dabl nac yn haen bwyntiau, felly ni all fod yn ymatebion arolwg.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="173" />
        <source>Plan for {day}  ·  rank {rank}  ·  page {page} of {pages}  ·  made {made}</source>
        <translation>Cynllun ar gyfer {day}  ·  safle {rank}  ·  tudalen {page} o {pages}  ·  gwnaed {made}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="53" />
        <source>Hot spot map</source>
        <translation>Map mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="54" />
        <source>Geofence briefing atlas</source>
        <translation>Atlas briffio geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="350" />
        <source>Made {date}</source>
        <translation>Gwnaed {date}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="440" />
        <source>This place (to patrol)</source>
        <translation>Y lle hwn (i'w batrolio)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="441" />
        <source>Other places</source>
        <translation>Lleoedd eraill</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="477" />
        <source>Harm-weighted Getis–Ord Gi* hot spots</source>
        <translation>Mannau problemus Getis–Ord Gi* wedi'u pwysoli yn ôl niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="526" />
        <source>Geofence briefing</source>
        <translation>Briff geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="528" />
        <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation>Tudalen [% @atlas_featurenumber %] o [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="641" />
        <source>Could not write {path}: {error}</source>
        <translation>Nid oedd modd ysgrifennu {path}: {error}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="685" />
        <source>The print layout was not added: {}</source>
        <translation>Ni ychwanegwyd y cynllun argraffu: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="29" />
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="31" />
        <source>Harm (days)</source>
        <translation>Niwed (dyddiau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="32" />
        <source>Gi* z-score</source>
        <translation>Sgôr-z Gi*</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="33" />
        <source>Gi* p-value</source>
        <translation>Gwerth p Gi*</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="34" />
        <source>Gi* bin (−3 cold … 3 hot)</source>
        <translation>Dosbarth Gi* (−3 oer … 3 poeth)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="35" />
        <source>Neighbour cells</source>
        <translation>Celloedd cyfagos</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="36" />
        <source>Harm rank</source>
        <translation>Safle niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="37" />
        <source>Fence</source>
        <translation>Ffens</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="39" />
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="40" />
        <source>Area (m²)</source>
        <translation>Arwynebedd (m²)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="41" />
        <source>PAI</source>
        <translation>PAI</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="42" />
        <source>Harm PAI</source>
        <translation>PAI niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="43" />
        <source>PEI</source>
        <translation>PEI</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="44" />
        <source>Dwell per visit (min)</source>
        <translation>Amser aros ar gyfer pob ymweliad (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="45" />
        <source>Officer time (min)</source>
        <translation>Amser swyddogion (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="46" />
        <source>Patrol time (min)</source>
        <translation>Amser patrolio (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="48" />
        <source>Tasked (min)</source>
        <translation>Wedi'i dasgio (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="50" />
        <source>Shortfall (min)</source>
        <translation>Diffyg (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="51" />
        <source>Compliance (%)</source>
        <translation>Cydymffurfiaeth (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="52" />
        <source>Compliance</source>
        <translation>Cydymffurfiaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="53" />
        <source>Duration (s)</source>
        <translation>Hyd (eiliadau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="54" />
        <source>Fixes</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="55" />
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="56" />
        <source>Start (UTC)</source>
        <translation>Dechrau (UTC)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="57" />
        <source>End (UTC)</source>
        <translation>Diwedd (UTC)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="58" />
        <source>Window start (UTC)</source>
        <translation>Dechrau'r ffenestr (UTC)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="59" />
        <source>Window end (UTC)</source>
        <translation>Diwedd y ffenestr (UTC)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="61" />
        <source>Crime ID</source>
        <translation>Dynodydd trosedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="62" />
        <source>LSOA code</source>
        <translation>Cod LSOA</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hotter in the second run</source>
        <translation>Poethach yn yr ail rediad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>The same bin</source>
        <translation>Yr un dosbarth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cooler in the second run</source>
        <translation>Oerach yn yr ail rediad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Significant rise (p &lt; 0.05)</source>
        <translation>Cynnydd arwyddocaol (p &lt; 0.05)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No significant change</source>
        <translation>Dim newid arwyddocaol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Significant fall (p &lt; 0.05)</source>
        <translation>Cwymp arwyddocaol (p &lt; 0.05)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="38" />
        <source>{places} places × {days} policing days ({first} to {last}) = {n} place-days.</source>
        <translation>{places} lle × {days} diwrnod plismona ({first} i {last}) = {n} diwrnod lle.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="41" />
        <source>Allocated: {treatment} treatment, {control} control, {washout} washout, {unscheduled} not scheduled place-days.</source>
        <translation>Wedi'u dyrannu: {treatment} triniaeth, {control} rheoli, {washout} cyfnod clirio, {unscheduled} diwrnod lle heb eu hamserlennu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="52" />
        <source>Randomised each day within {n} blocks ({blocks}).</source>
        <translation>Wedi'u hapddyrannu bob dydd o fewn {n} bloc ({blocks}).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="59" />
        <source>Tasked {tasked} patrol-minutes; delivered {delivered} inside the windows ({share} %).</source>
        <translation>Tasgwyd {tasked} munud patrolio; cyflawnwyd {delivered} y tu mewn i'r ffenestri ({share} %).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="67" />
        <source>Patrol presence in control places: {minutes} min per place-day ({share} % of control place-days had some).</source>
        <translation>Presenoldeb patrolio mewn lleoedd rheoli: {minutes} munud ar gyfer pob diwrnod lle (roedd peth ar {share} % o'r diwrnodau lle rheoli).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="81" />
        <source>Power: with {places} places × {days} days the smallest effect found with {power} % power (α {alpha}) is a rate ratio of {ratio}, {fewer} % fewer crimes (simulated power {simulated}).</source>
        <translation>Pŵer: gyda {places} lle × {days} diwrnod yr effaith leiaf a ganfyddir gyda phŵer {power} % (α {alpha}) yw cymhareb cyfraddau o {ratio}, {fewer} % yn llai o droseddau (pŵer efelychiedig {simulated}).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="105" />
        <source>Friday or Saturday (%)</source>
        <translation>Dydd Gwener neu ddydd Sadwrn (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="107" />
        <source>Mean day length (h)</source>
        <translation>Hyd cymedrig y diwrnod (awr)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="108" />
        <source>Place's crimes per control day</source>
        <translation>Troseddau'r lle ar gyfer pob diwrnod rheoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="108" />
        <source>Place's harm per control day</source>
        <translation>Niwed y lle ar gyfer pob diwrnod rheoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="165" />
        <source>Rate ratio, treatment ÷ control (95 % interval; below 1 = fewer)</source>
        <translation>Cymhareb cyfraddau, triniaeth ÷ rheoli (cyfwng 95 %; o dan 1 = llai)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="188" />
        <source>Patrol minutes delivered that day (treatment and control place-days)</source>
        <translation>Munudau patrolio a gyflawnwyd y diwrnod hwnnw (diwrnodau lle triniaeth a rheoli)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="189" />
        <source>Harm per place-day</source>
        <translation>Niwed ar gyfer pob diwrnod lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="189" />
        <source>Crimes per place-day</source>
        <translation>Troseddau ar gyfer pob diwrnod lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="224" />
        <source>Hours after the patrol left</source>
        <translation>Oriau ar ôl i'r patrôl adael</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="225" />
        <source>Share still without a crime</source>
        <translation>Cyfran sy'n dal heb drosedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="65" />
        <source>All places</source>
        <translation>Pob lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="79" />
        <source>share of the place's weight</source>
        <translation>cyfran pwysau'r lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="91" />
        <source>hour of the day (local time)</source>
        <translation>awr o'r dydd (amser lleol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="92" />
        <source>crimes (aoristic weight)</source>
        <translation>troseddau (pwysau aoristig)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="93" />
        <source>Aoristic weight by hour of the week</source>
        <translation>Pwysau aoristig yn ôl awr o'r wythnos</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="111" />
        <source>equal shares</source>
        <translation>cyfrannau cyfartal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="112" />
        <source>crimes</source>
        <translation>troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="112" />
        <source>harm</source>
        <translation>niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="119" />
        <source>{name} (Gini {gini})</source>
        <translation>{name} (Gini {gini})</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="123" />
        <source>share of places (least affected first)</source>
        <translation>cyfran y lleoedd (y lleiaf yr effeithir arnynt yn gyntaf)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="124" />
        <source>share held</source>
        <translation>cyfran a ddelir</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="125" />
        <source>Concentration (Lorenz curve)</source>
        <translation>Crynodiad (cromlin Lorenz)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="177" />
        <source>Treatment</source>
        <translation>Triniaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="177" />
        <source>Control</source>
        <translation>Rheoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="177" />
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="354" />
        <source>{title}  ·  {made}  ·  page {page} of {pages}</source>
        <translation>{title}  ·  {made}  ·  tudalen {page} o {pages}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
</context>
<context>
    <name>AoristicAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="20" />
        <source>When it happens (aoristic hours of the week)</source>
        <translation>Pryd mae'n digwydd (oriau aoristig yr wythnos)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="21" />
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="34" />
        <source>Ratcliffe's aoristic method for crimes known only to have happened between two times (a burglary found after a weekend away, a car damaged overnight): each crime's weight of 1 is spread evenly over the real time between its from and to times, and every hour of the week (how: Monday 00:00–00:59 = 0 … Sunday 23:00 = 167, local time) gets the share falling in it. 08:00–16:00 gives 0.125 to each of 8 hours; a crime with no to time (or to = from) puts all its weight in its start hour; a window of a week or more spreads 1/168 to every hour. Clock changes are counted in real time. With places (polygons: fences, beats, hot spot cells) the weights are summed per place (crimes in no place are left out and counted).

Outputs: a table (place, how, day, hour, weight: all 168 hours, per place) and a heat-strip chart (PNG) of the weights. The counts of instant, windowed and week-long crimes are in the log and the table's metadata.</source>
        <translation>Dull aoristig Ratcliffe ar gyfer troseddau y gwyddys yn unig iddynt ddigwydd rhwng dau amser (bwrgleriaeth a ganfuwyd ar ôl penwythnos i ffwrdd, car a ddifrodwyd dros nos): mae pwysau 1 pob trosedd yn cael ei wasgaru'n gyfartal dros yr amser real rhwng ei amseroedd o ac i, ac mae pob awr o'r wythnos (how: dydd Llun 00:00–00:59 = 0 … dydd Sul 23:00 = 167, amser lleol) yn cael y gyfran sy'n syrthio ynddi. Mae 08:00–16:00 yn rhoi 0.125 i bob un o 8 awr; mae trosedd heb amser i (neu i = o) yn rhoi ei holl bwysau yn ei hawr gychwyn; mae ffenestr o wythnos neu fwy yn gwasgaru 1/168 i bob awr. Cyfrifir newidiadau cloc mewn amser real. Gyda lleoedd (polygonau: ffensys, bitiau, celloedd mannau problemus) mae'r pwysau'n cael eu symio ar gyfer pob lle (gadewir troseddau nad ydynt mewn unrhyw le allan a'u cyfrif).

Allbynnau: tabl (place, how, day, hour, weight: pob un o'r 168 awr, ar gyfer pob lle) a siart stribed gwres (PNG) o'r pwysau. Mae niferoedd y troseddau ar unwaith, mewn ffenestr ac wythnos o hyd yn y log ac ym metadata'r tabl.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="49" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="49" />
        <source>Crimes with from/to times: points when places are given, else any layer or table.</source>
        <translation>Troseddau gydag amseroedd o/i: pwyntiau pan roddir lleoedd, fel arall unrhyw haen neu dabl.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="55" />
        <source>From (earliest) time</source>
        <translation>Amser o (cynharaf)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="55" />
        <source>The earliest time the crime can have happened: a date-time field or text (2026-03-01T21:15, 01/03/2026 21:15). Times without an offset are local time in the time zone.</source>
        <translation>Yr amser cynharaf y gall y drosedd fod wedi digwydd: maes dyddiad-amser neu destun (2026-03-01T21:15, 01/03/2026 21:15). Mae amseroedd heb wrthbwyso yn amser lleol yn y gylchfa amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="64" />
        <source>To (latest) time</source>
        <translation>Amser i (diweddaraf)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="64" />
        <source>The latest time it can have happened; empty (field or value): all weight in the from hour.</source>
        <translation>Yr amser diweddaraf y gall fod wedi digwydd; gwag (maes neu werth): yr holl bwysau yn yr awr o.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="70" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="70" />
        <source>Optional polygons (fences, beats, cells): the weights are summed per place.</source>
        <translation>Polygonau dewisol (ffensys, bitiau, celloedd): mae'r pwysau'n cael eu symio ar gyfer pob lle.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="77" />
        <source>Place name field</source>
        <translation>Maes enw'r lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="77" />
        <source>Field naming each place in the table (e.g. fence_id); empty: the feature id.</source>
        <translation>Maes sy'n enwi pob lle yn y tabl (e.e. fence_id); gwag: dynodydd y nodwedd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="83" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="83" />
        <source>IANA time zone of the hours of the week and of times without an offset.</source>
        <translation>Cylchfa amser IANA oriau'r wythnos ac amseroedd heb wrthbwyso.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="182" />
        <source>Aoristic weights</source>
        <translation>Pwysau aoristig</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="88" />
        <source>One row per (place and) hour of week: place, how (0 = Monday 00:00), day, hour, weight.</source>
        <translation>Un rhes ar gyfer pob (lle ac) awr o'r wythnos: place, how (0 = dydd Llun 00:00), day, hour, weight.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="94" />
        <source>Heat-strip chart</source>
        <translation>Siart stribed gwres</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="94" />
        <source>The weights as a heat map: days × hours, or one strip of 168 hours per place (the 20 busiest).</source>
        <translation>Y pwysau fel map gwres: diwrnodau × oriau, neu un stribed o 168 awr ar gyfer pob lle (yr 20 prysuraf).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="100" />
        <source>Crimes used</source>
        <translation>Troseddau a ddefnyddiwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="101" />
        <source>Busiest hour of the week (0 = Monday 00:00)</source>
        <translation>Awr brysuraf yr wythnos (0 = dydd Llun 00:00)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="102" />
        <source>Busiest hours of the week</source>
        <translation>Oriau prysuraf yr wythnos</translation>
    </message>
</context>
<context>
    <name>CompareHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="31" />
        <source>Compare two hot spot runs</source>
        <translation>Cymharu dau rediad mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="32" />
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="44" />
        <source>Compares two runs of Harm-weighted hot spots (two periods, cell sizes or bands) cell by cell, as ArcGIS's Hot Spot Analysis Comparison: each cell's gi_bin in both runs (run 2's bin is the one at the centre of run 1's cell; cells tested in one run only count as not significant in the other), whether they agree, and a fuzzy similarity that gives partial credit for the neighbouring confidence level (99 % against 95 % hot: 0.5) and, halving per cell of distance, for the same bin among the nearest cells (Hagen-Zanker 2009). The overall similarity is the mean over the cells, kappa = (similarity − expected) / (1 − expected) with the expected similarity of unrelated runs with the same bin frequencies and clustering; plain Cohen's kappa and the share of equal bins are in the log. Identical runs give similarity 1 and kappa 1. 'Conditional' compares only cells significant in either run.</source>
        <translation>Yn cymharu dau rediad o Mannau problemus wedi'u pwysoli yn ôl niwed (dau gyfnod, maint cell neu fand) cell wrth gell, fel Hot Spot Analysis Comparison ArcGIS: gi_bin pob cell yn y ddau rediad (dosbarth rhediad 2 yw'r un yng nghanol cell rhediad 1; mae celloedd a brofwyd mewn un rhediad yn unig yn cyfrif fel rhai nad ydynt yn arwyddocaol yn y llall), a ydynt yn cytuno, a thebygrwydd niwlog sy'n rhoi credyd rhannol am y lefel hyder gyfagos (poeth 99 % yn erbyn 95 %: 0.5) ac, wedi'i haneru ar gyfer pob cell o bellter, am yr un dosbarth ymhlith y celloedd agosaf (Hagen-Zanker 2009). Y tebygrwydd cyffredinol yw'r cymedr dros y celloedd, kappa = (tebygrwydd − disgwyliedig) / (1 − disgwyliedig) gyda thebygrwydd disgwyliedig rhediadau digyswllt â'r un amleddau dosbarth a chlystyru; mae kappa Cohen plaen a chyfran y dosbarthiadau cyfartal yn y log. Mae rhediadau unfath yn rhoi tebygrwydd 1 a kappa 1. Mae 'Amodol' yn cymharu dim ond celloedd sy'n arwyddocaol yn y naill rediad neu'r llall.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="58" />
        <source>First run (cells)</source>
        <translation>Rhediad cyntaf (celloedd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="58" />
        <source>Second run (cells)</source>
        <translation>Ail rediad (celloedd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="59" />
        <source>The cell output of Harm-weighted hot spots (gi_bin −3..3).</source>
        <translation>Allbwn celloedd Mannau problemus wedi'u pwysoli yn ôl niwed (gi_bin −3..3).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="65" />
        <source>Nearest cells searched</source>
        <translation>Celloedd agosaf a chwiliwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="65" />
        <source>How many nearest cells may supply a match, at half credit per cell of distance (0: none).</source>
        <translation>Faint o'r celloedd agosaf a gaiff roi cyfatebiaeth, ar hanner credyd ar gyfer pob cell o bellter (0: dim).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Credit between confidence levels</source>
        <translation>Credyd rhwng lefelau hyder</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Fuzzy (0.5 for the neighbouring level)</source>
        <translation>Niwlog (0.5 ar gyfer y lefel gyfagos)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Exact (equal bins only)</source>
        <translation>Union (dosbarthiadau cyfartal yn unig)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Fuzzy: 99 % and 95 % hot (or 95 % and 90 %) count half a match; exact: only equal bins.</source>
        <translation>Niwlog: mae poeth 99 % a 95 % (neu 95 % a 90 %) yn cyfrif fel hanner cyfatebiaeth; union: dosbarthiadau cyfartal yn unig.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="81" />
        <source>Conditional: only cells significant in either run</source>
        <translation>Amodol: dim ond celloedd sy'n arwyddocaol yn y naill rediad neu'r llall</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="81" />
        <source>Leave out cells not significant in both runs (ArcGIS's conditional similarity and kappa).</source>
        <translation>Gadael allan gelloedd nad ydynt yn arwyddocaol yn y ddau rediad (tebygrwydd a kappa amodol ArcGIS).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="88" />
        <source>Compared cells</source>
        <translation>Celloedd a gymharwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="88" />
        <source>Cells with bin_1, bin_2, agree, change (e.g. hot 95% → not significant), similarity, expected_similarity, kappa (local) and included.</source>
        <translation>Celloedd gyda bin_1, bin_2, agree, change (e.e. hot 95% → not significant), similarity, expected_similarity, kappa (lleol) ac included.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Similarity</source>
        <translation>Tebygrwydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Expected similarity</source>
        <translation>Tebygrwydd disgwyliedig</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Share of cells with equal bins</source>
        <translation>Cyfran y celloedd â dosbarthiadau cyfartal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Cohen's kappa (exact, non-spatial)</source>
        <translation>Kappa Cohen (union, an-ofodol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Cells compared</source>
        <translation>Celloedd a gymharwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="174" />
        <source>Compared hot spot runs</source>
        <translation>Rhediadau mannau problemus a gymharwyd</translation>
    </message>
</context>
<context>
    <name>ConcentrationAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="31" />
        <source>Concentration (80-20 table, Lorenz curve, Gini)</source>
        <translation>Crynodiad (tabl 80-20, cromlin Lorenz, Gini)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="32" />
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="43" />
        <source>How concentrated crime and harm are on few places (ArcGIS's 80-20 analysis, Weisburd's law of crime concentration): places (hot spot cells, fences, street segments — any layer with a crime count per place) are ranked by crimes and, separately, by harm; row k of the table gives the share of all crimes in the k places with most crimes (cum_share_crimes) and the share of all harm in the k places with most harm (cum_share_harm). The Gini coefficient (0: every place the same; near 1: one place has everything) is Σ|xi − xj| / (2 n² mean) over all places, and the Lorenz curve is drawn as a chart. Every place counts, places with no crime too: a hot spot cell layer made without a study area holds only cells with crimes, which understates concentration (the log says so). The places holding 50 % and 80 % of crimes and harm are in the log and the outputs.</source>
        <translation>Pa mor grynodedig yw troseddu a niwed ar ychydig o leoedd (dadansoddiad 80-20 ArcGIS, deddf crynodiad troseddu Weisburd): mae lleoedd (celloedd mannau problemus, ffensys, segmentau stryd — unrhyw haen gyda nifer troseddau ar gyfer pob lle) yn cael eu rhestru yn ôl troseddau ac, ar wahân, yn ôl niwed; mae rhes k y tabl yn rhoi cyfran yr holl droseddau yn y k lle â'r mwyaf o droseddau (cum_share_crimes) a chyfran yr holl niwed yn y k lle â'r mwyaf o niwed (cum_share_harm). Cyfernod Gini (0: pob lle yr un fath; yn agos at 1: mae gan un lle bopeth) yw Σ|xi − xj| / (2 n² mean) dros bob lle, a lluniadir cromlin Lorenz fel siart. Mae pob lle'n cyfrif, lleoedd heb droseddu hefyd: mae haen celloedd mannau problemus a wnaed heb ardal astudio yn dal celloedd â throseddau yn unig, sy'n tanddatgan crynodiad (mae'r log yn dweud hynny). Mae'r lleoedd sy'n dal 50 % ac 80 % o'r troseddau a'r niwed yn y log a'r allbynnau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="56" />
        <source>Places with counts</source>
        <translation>Lleoedd gyda niferoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="56" />
        <source>Cells, fences or street segments with a crime count each (e.g. Harm-weighted hot spots' cells).</source>
        <translation>Celloedd, ffensys neu segmentau stryd gyda nifer troseddau yr un (e.e. celloedd Mannau problemus wedi'u pwysoli yn ôl niwed).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="62" />
        <source>Crime count field</source>
        <translation>Maes nifer troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="62" />
        <source>Numeric field with the number of crimes of each place (NULL is refused: fill 0).</source>
        <translation>Maes rhifol gyda nifer troseddau pob lle (gwrthodir NULL: llenwch 0).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="72" />
        <source>Harm field</source>
        <translation>Maes niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="72" />
        <source>Numeric field with the harm of each place (e.g. harm); empty: crimes only.</source>
        <translation>Maes rhifol gyda niwed pob lle (e.e. harm); gwag: troseddau yn unig.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="82" />
        <source>Place id field</source>
        <translation>Maes dynodydd lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="82" />
        <source>Field naming each place in the table (e.g. cell_id, fence_id); empty: the feature id.</source>
        <translation>Maes sy'n enwi pob lle yn y tabl (e.e. cell_id, fence_id); gwag: dynodydd y nodwedd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="88" />
        <source>Concentration table</source>
        <translation>Tabl crynodiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="88" />
        <source>One row per rank: rank, cum_share_places, cum_share_crimes, cum_share_harm, place_by_crimes, crimes, place_by_harm, harm.</source>
        <translation>Un rhes ar gyfer pob safle: rank, cum_share_places, cum_share_crimes, cum_share_harm, place_by_crimes, crimes, place_by_harm, harm.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="97" />
        <source>Lorenz curve chart</source>
        <translation>Siart cromlin Lorenz</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="97" />
        <source>The Lorenz curves of crimes and harm with their Gini coefficients, as a PNG.</source>
        <translation>Cromliniau Lorenz troseddau a niwed gyda'u cyfernodau Gini, fel PNG.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Gini of crimes</source>
        <translation>Gini troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Gini of harm</source>
        <translation>Gini niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 50 % of crimes</source>
        <translation>Cyfran y lleoedd sy'n dal 50 % o'r troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 80 % of crimes</source>
        <translation>Cyfran y lleoedd sy'n dal 80 % o'r troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 50 % of harm</source>
        <translation>Cyfran y lleoedd sy'n dal 50 % o'r niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 80 % of harm</source>
        <translation>Cyfran y lleoedd sy'n dal 80 % o'r niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="173" />
        <source>Concentration</source>
        <translation>Crynodiad</translation>
    </message>
</context>
<context>
    <name>CreateGeofenceLayerAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="109" />
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="119" />
        <source>PostGIS database (connection)</source>
        <translation>Cronfa ddata PostGIS (cysylltiad)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="131" />
        <source>Schema</source>
        <translation>Sgema</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="137" />
        <source>Table (layer) name</source>
        <translation>Enw'r tabl (haen)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="155" />
        <source>Geofence layer</source>
        <translation>Haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="156" />
        <source>History table</source>
        <translation>Tabl hanes</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="157" />
        <source>QGIS data provider (ogr or postgres)</source>
        <translation>Darparwr data QGIS (ogr neu postgres)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="68" />
        <source>Create geofence layer</source>
        <translation>Creu haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="69" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="144" />
        <source>Fences to start with</source>
        <translation>Ffensys i ddechrau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="84" />
        <source>Creates an empty geofence layer for planners to draw and edit by hand, either in a GeoPackage (one analyst) or in a schema of a PostGIS database (several planners at once). Fields: fence_id (assigned by the database, never changes), name, rank, status (draft/live/retired), valid_from, valid_to, notes, edited_by, edited_at; polygons in EPSG:27700 (British National Grid). In PostGIS the table also has version (raised on every change) so that two planners editing the same fence get an edit-conflict error instead of one silently overwriting the other.

Next to the layer, in the same database, a table &lt;name&gt;_history records every insert, geometry change and delete (fence, user, time, old and new geometry) through database triggers; export it with Geofence change history. The form (status list, date pickers, read-only id and audit fields) and style are saved as the layer's default style, so the layer opens ready to edit.

To start from hot spots, give the output of Geofences from hot spots as 'Fences to start with': they are copied in as drafts (name and rank kept; fence_id assigned by the database).

Credentials: use a connection whose user name and password are kept in a QGIS authentication configuration (authcfg). The plugin never writes a password: not in its log, the layer's metadata, the results or the Processing history, and the layer it adds leaves the password out of its source (so it is not saved in projects; QGIS asks for it in a new session unless the connection uses an authentication configuration).</source>
        <translation>Yn creu haen geoffensys wag i gynllunwyr ei llunio a'i golygu â llaw, naill ai mewn GeoPackage (un dadansoddwr) neu mewn sgema o gronfa ddata PostGIS (sawl cynllunydd ar unwaith). Meysydd: fence_id (a roddir gan y gronfa ddata, byth yn newid), name, rank, status (draft/live/retired), valid_from, valid_to, notes, edited_by, edited_at; polygonau yn EPSG:27700 (Grid Cenedlaethol Prydain). Yn PostGIS mae gan y tabl hefyd version (yn codi gyda phob newid) fel bod dau gynllunydd sy'n golygu'r un ffens yn cael gwall gwrthdaro golygu yn lle bod un yn trosysgrifo'r llall yn dawel.

Wrth ymyl yr haen, yn yr un gronfa ddata, mae tabl &lt;name&gt;_history yn cofnodi pob ychwanegiad, newid geometreg a dilead (ffens, defnyddiwr, amser, hen geometreg a geometreg newydd) drwy sbardunau'r gronfa ddata; allforiwch ef gyda Hanes newidiadau geoffensys. Mae'r ffurflen (rhestr statws, dewiswyr dyddiad, dynodydd a meysydd archwilio darllen yn unig) a'r arddull yn cael eu cadw fel arddull ragosodedig yr haen, felly mae'r haen yn agor yn barod i'w golygu.

I ddechrau o fannau problemus, rhowch allbwn Geoffensys o fannau problemus fel 'Ffensys i ddechrau': cânt eu copïo i mewn fel drafftiau (cedwir yr enw a'r safle; rhoddir fence_id gan y gronfa ddata).

Manylion mewngofnodi: defnyddiwch gysylltiad y cedwir ei enw defnyddiwr a'i gyfrinair mewn ffurfweddiad dilysu QGIS (authcfg). Nid yw'r ategyn byth yn ysgrifennu cyfrinair: nid yn ei log, metadata'r haen, y canlyniadau na hanes Prosesu, ac mae'r haen y mae'n ei hychwanegu yn gadael y cyfrinair allan o'i ffynhonnell (felly nid yw'n cael ei gadw mewn prosiectau; mae QGIS yn gofyn amdano mewn sesiwn newydd oni bai bod y cysylltiad yn defnyddio ffurfweddiad dilysu).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="112" />
        <source>A GeoPackage to create the layer in (a new file, or an existing one that has no table of that name). Leave empty to use a PostGIS database instead.</source>
        <translation>GeoPackage i greu'r haen ynddo (ffeil newydd, neu un sy'n bodoli heb dabl o'r enw hwnnw). Gadewch yn wag i ddefnyddio cronfa ddata PostGIS yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="119" />
        <source>A saved PostgreSQL connection (Browser → PostgreSQL → New Connection) to create the layer in. Used when no GeoPackage is given. Keep its user name and password in an authentication configuration (Authentication → Configurations in the connection dialog), not typed into the connection: then no password is stored in QGIS's settings, projects or logs, and passwords are changed in one place.</source>
        <translation>Cysylltiad PostgreSQL wedi'i gadw (Porwr → PostgreSQL → Cysylltiad Newydd) i greu'r haen ynddo. Fe'i defnyddir pan na roddir GeoPackage. Cadwch ei enw defnyddiwr a'i gyfrinair mewn ffurfweddiad dilysu (Authentication → Configurations yn neialog y cysylltiad), nid wedi'u teipio i mewn i'r cysylltiad: yna ni chedwir unrhyw gyfrinair yng ngosodiadau, prosiectau na logiau QGIS, a newidir cyfrineiriau mewn un lle.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="131" />
        <source>The existing schema of that database to create the table in (you need CREATE rights on it).</source>
        <translation>Y sgema sy'n bodoli yn y gronfa ddata honno i greu'r tabl ynddo (mae angen hawliau CREATE arno arnoch).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="137" />
        <source>Name of the new layer: lower-case letters, digits and underscores. The history table is called &lt;name&gt;_history. An existing table is never overwritten.</source>
        <translation>Enw'r haen newydd: llythrennau bach, digidau a thanlinellau. Enw'r tabl hanes yw &lt;name&gt;_history. Nid yw tabl sy'n bodoli byth yn cael ei drosysgrifo.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="144" />
        <source>Optional polygons copied into the new layer, e.g. the output of Geofences from hot spots. Their name, rank, status, valid_from, valid_to and notes are kept when present (status draft otherwise); they are reprojected to EPSG:27700 and multi-part fences split into one fence per part.</source>
        <translation>Polygonau dewisol a gopïir i'r haen newydd, e.e. allbwn Geoffensys o fannau problemus. Cedwir eu name, rank, status, valid_from, valid_to a notes pan fyddant yno (statws drafft fel arall); cânt eu hail-daflunio i EPSG:27700 a rhennir ffensys aml-ran yn un ffens ar gyfer pob rhan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="189" />
        <source>Choose either a GeoPackage or a PostGIS connection, not both.</source>
        <translation>Dewiswch naill ai GeoPackage neu gysylltiad PostGIS, nid y ddau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="194" />
        <source>Created the geofence layer {} and its history table {}.</source>
        <translation>Crëwyd yr haen geoffensys {} a'i thabl hanes {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="201" />
        <source>Created {0}.{1} and {0}.{2} in the database of {3}.</source>
        <translation>Crëwyd {0}.{1} a {0}.{2} yng nghronfa ddata {3}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="210" />
        <source>Give a GeoPackage file to create, or choose a PostGIS connection and schema.</source>
        <translation>Rhowch ffeil GeoPackage i'w chreu, neu dewiswch gysylltiad PostGIS a sgema.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="216" />
        <source>Copied {} fence(s) into the new layer.</source>
        <translation>Copïwyd {} ffens i'r haen newydd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="217" />
        <source>The form and style are saved as the layer's default style (layer_styles).</source>
        <translation>Mae'r ffurflen a'r arddull wedi'u cadw fel arddull ragosodedig yr haen (layer_styles).</translation>
    </message>
</context>
<context>
    <name>DisplacementAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="56" />
        <source>Displacement and diffusion (WDD, WDQ)</source>
        <translation>Dadleoli a thryledu (WDD, WDQ)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="57" />
        <source>Trial evaluation</source>
        <translation>Gwerthuso treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="70" />
        <source>Was crime pushed round the corner, or did the benefit spread? Crimes are counted (and their harm summed) in four areas — the treated areas, the control areas, and a ring of BUFFER_M metres around each (the ring excludes every treated and control area) — in a before and an after period (policing days, both ends inclusive).
Weighted Displacement Difference (Wheeler &amp; Ratcliffe 2018): WDD = ΔTreated − ΔControl + ΔTreated ring − ΔControl ring (Δ = after − before); negative is a net fall beyond the controls'. Its variance is the sum of the eight counts (Poisson), or for harm the sum of squared harms; z, a two-sided p and a 95 % interval follow. Weighted Displacement Quotient (Bowers &amp; Johnson 2003): (B_a/C_a − B_b/C_b) ÷ (A_a/C_a − A_b/C_b), read only when the treated areas improved: above 0 diffusion of benefits, below 0 displacement (−1: the ring rose as much as the target fell); NULL when undefined.
Outputs: OUTPUT, one row per measure (crimes, and harm with a harm field) with treated_before, treated_after, control_before, control_after, treated_ring_before, treated_ring_after, control_ring_before, control_ring_after, wdd, wdd_se, wdd_z, wdd_p, wdd_ci_low, wdd_ci_high, wdq; OUTPUT_AREAS (optional), the four areas as polygons (area, label), styled. Warnings (periods of unequal length, crimes in both rings) go to the log and metadata.</source>
        <translation>A wthiwyd troseddu rownd y gornel, neu a ledaenodd y budd? Cyfrifir troseddau (a symio eu niwed) mewn pedair ardal — yr ardaloedd a driniwyd, yr ardaloedd rheoli, a chylch o BUFFER_M metr o amgylch pob un (mae'r cylch yn eithrio pob ardal a driniwyd ac ardal reoli) — mewn cyfnod cyn a chyfnod ar ôl (diwrnodau plismona, y ddau ben yn gynhwysol).
Gwahaniaeth Dadleoli Pwysol (Wheeler &amp; Ratcliffe 2018): WDD = ΔTreated − ΔControl + ΔTreated ring − ΔControl ring (Δ = ar ôl − cyn); mae negatif yn gwymp net y tu hwnt i'r rheolyddion. Ei amrywiant yw swm yr wyth nifer (Poisson), neu ar gyfer niwed swm sgwariau'r niwed; mae z, p dwyochrog a chyfwng 95 % yn dilyn. Cyniferydd Dadleoli Pwysol (Bowers &amp; Johnson 2003): (B_a/C_a − B_b/C_b) ÷ (A_a/C_a − A_b/C_b), wedi'i ddarllen dim ond pan wellodd yr ardaloedd a driniwyd: uwchben 0 tryledu buddion, o dan 0 dadleoli (−1: cododd y cylch gymaint ag y cwympodd y targed); NULL pan nad yw wedi'i ddiffinio.
Allbynnau: OUTPUT, un rhes ar gyfer pob mesur (troseddau, a niwed gyda maes niwed) gyda treated_before, treated_after, control_before, control_after, treated_ring_before, treated_ring_after, control_ring_before, control_ring_after, wdd, wdd_se, wdd_z, wdd_p, wdd_ci_low, wdd_ci_high, wdq; OUTPUT_AREAS (dewisol), y pedair ardal fel polygonau (area, label), wedi'u steilio. Mae rhybuddion (cyfnodau o hyd anghyfartal, troseddau yn y ddau gylch) yn mynd i'r log a'r metadata.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="89" />
        <source>Crime points with a date and time (and optionally a harm), both periods.</source>
        <translation>Pwyntiau troseddau gyda dyddiad ac amser (a niwed yn ddewisol), y ddau gyfnod.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="90" />
        <source>Treated areas</source>
        <translation>Ardaloedd a driniwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="90" />
        <source>Polygons of the places that were patrolled.</source>
        <translation>Polygonau'r lleoedd a batroliwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="96" />
        <source>Control areas</source>
        <translation>Ardaloedd rheoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="96" />
        <source>Polygons of comparable places that were not (not overlapping the treated areas).</source>
        <translation>Polygonau lleoedd tebyg na chawsant eu patrolio (heb orgyffwrdd â'r ardaloedd a driniwyd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="102" />
        <source>Ring width (m)</source>
        <translation>Lled y cylch (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="102" />
        <source>Width of the ring around each area where displaced crime would show (e.g. 150 m).</source>
        <translation>Lled y cylch o amgylch pob ardal lle byddai troseddu a ddadleolwyd yn ymddangos (e.e. 150 m).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Before: first day (YYYY-MM-DD)</source>
        <translation>Cyn: diwrnod cyntaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>First policing day before.</source>
        <translation>Diwrnod plismona cyntaf cyn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Before: last day (YYYY-MM-DD)</source>
        <translation>Cyn: diwrnod olaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Last policing day before.</source>
        <translation>Diwrnod plismona olaf cyn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>After: first day (YYYY-MM-DD)</source>
        <translation>Ar ôl: diwrnod cyntaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>First policing day after (or during).</source>
        <translation>Diwrnod plismona cyntaf ar ôl (neu yn ystod).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>After: last day (YYYY-MM-DD)</source>
        <translation>Ar ôl: diwrnod olaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Last policing day after (or during).</source>
        <translation>Diwrnod plismona olaf ar ôl (neu yn ystod).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="119" />
        <source>Both ends are inclusive.</source>
        <translation>Mae'r ddau ben yn gynhwysol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="120" />
        <source>Local time the policing day starts; the periods are whole policing days.</source>
        <translation>Amser lleol pan fydd y diwrnod plismona'n dechrau; diwrnodau plismona cyfan yw'r cyfnodau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="198" />
        <source>Displacement</source>
        <translation>Dadleoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="121" />
        <source>One row per measure: the eight counts (or harm sums), WDD with SE, z, p and interval, and WDQ.</source>
        <translation>Un rhes ar gyfer pob mesur: yr wyth nifer (neu symiau niwed), WDD gyda SE, z, p a chyfwng, a WDQ.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="216" />
        <source>Areas and rings</source>
        <translation>Ardaloedd a chylchoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="127" />
        <source>The treated and control areas and their rings as polygons (area, label), styled.</source>
        <translation>Yr ardaloedd a driniwyd a'r ardaloedd rheoli a'u cylchoedd fel polygonau (area, label), wedi'u steilio.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="134" />
        <source>WDD (crimes)</source>
        <translation>WDD (troseddau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="134" />
        <source>WDD z (crimes)</source>
        <translation>WDD z (troseddau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="134" />
        <source>WDQ (crimes)</source>
        <translation>WDQ (troseddau)</translation>
    </message>
</context>
<context>
    <name>DwellComplianceAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="169" />
        <source>Tracked fixes</source>
        <translation>Safleoedd wedi'u tracio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="206" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="227" />
        <source>Interpolated</source>
        <translation>Wedi'i ryngosod</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="227" />
        <source>Points only</source>
        <translation>Pwyntiau yn unig</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="239" />
        <source>Maximum gap between fixes (s)</source>
        <translation>Bwlch mwyaf rhwng safleoedd (eiliadau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="246" />
        <source>Minimum visit (s)</source>
        <translation>Ymweliad lleiaf (eiliadau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="252" />
        <source>Maximum patrol speed (km/h)</source>
        <translation>Cyflymder patrolio uchaf (km/h)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="259" />
        <source>Fence buffer (m)</source>
        <translation>Clustogfa'r ffens (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="268" />
        <source>Policing day starts at (HH:MM)</source>
        <translation>Mae'r diwrnod plismona'n dechrau am (HH:MM)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="640" />
        <source>Fences with dwell and compliance</source>
        <translation>Ffensys gydag amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="126" />
        <source>Dwell and compliance</source>
        <translation>Amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="127" />
        <source>Tracks</source>
        <translation>Traciau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="169" />
        <source>Officer fixes, e.g. the output of Import tracks: officer_id and t_utc (date-time or ISO 8601 text, UTC) are required; speed_kmh (km/h) is used for the maximum speed when present.</source>
        <translation>Safleoedd swyddogion, e.e. allbwn Mewnforio traciau: mae angen officer_id a t_utc (dyddiad-amser neu destun ISO 8601, UTC); defnyddir speed_kmh (km/h) ar gyfer y cyflymder uchaf pan fydd yno.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="206" />
        <source>The fence polygons. A fence_id field, when present, links them to the taskings and visits; otherwise the feature id is used.</source>
        <translation>Polygonau'r ffensys. Mae maes fence_id, pan fydd yno, yn eu cysylltu â'r tasgau a'r ymweliadau; fel arall defnyddir dynodydd y nodwedd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="227" />
        <source>Interpolated clips the segment between fixes by the fence (time ∝ length inside); points only counts a segment only when both fixes are inside (a lower bound, for comparison).</source>
        <translation>Mae Wedi'i ryngosod yn torri'r segment rhwng safleoedd â'r ffens (amser ∝ hyd y tu mewn); dim ond pan fydd y ddau safle y tu mewn y mae Pwyntiau yn unig yn cyfrif segment (ffin isaf, i gymharu).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="239" />
        <source>Fixes further apart than this are 'no data' in between (about 2.5 × the normal interval).</source>
        <translation>Mae safleoedd sydd ymhellach oddi wrth ei gilydd na hyn yn 'dim data' yn y canol (tua 2.5 × yr egwyl arferol).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="246" />
        <source>Shorter visits are drive-throughs: not listed and not counted in any minutes.</source>
        <translation>Gyrru drwodd yw ymweliadau byrrach: heb eu rhestru a heb eu cyfrif mewn unrhyw funudau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="252" />
        <source>Movement faster than this is pass-through (e.g. a vehicle), not patrol. Empty or 0: no limit.</source>
        <translation>Mynd drwodd (e.e. cerbyd) yw symud yn gyflymach na hyn, nid patrolio. Gwag neu 0: dim terfyn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="259" />
        <source>Widen each fence by this many metres for GPS error (10–25 m is typical); the output keeps the fences' own outlines.</source>
        <translation>Lledu pob ffens gan y nifer hwn o fetrau ar gyfer gwall GPS (mae 10–25 m yn nodweddiadol); mae'r allbwn yn cadw amlinelliadau'r ffensys eu hunain.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="285" />
        <source>One row per visit: fence_id, officer_id, start_utc, end_utc, duration_s, mode (stop, foot, vehicle from the mean speed), n_fixes.</source>
        <translation>Un rhes ar gyfer pob ymweliad: fence_id, officer_id, start_utc, end_utc, duration_s, mode (stop, foot, vehicle o'r cyflymder cymedrig), n_fixes.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="294" />
        <source>The fences with their own fields plus dwell_min, officer_min, patrol_min, visits, tasked_min, delivered_min, compliance_pct and compliance_status.</source>
        <translation>Y ffensys gyda'u meysydd eu hunain ynghyd â dwell_min, officer_min, patrol_min, visits, tasked_min, delivered_min, compliance_pct a compliance_status.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="147" />
        <source>Measures how long officers were in each geofence, from tracked fixes (officer_id and t_utc are required; speed_kmh is used when present), and compares it with taskings.
Interpolated: the straight segment between consecutive fixes of an officer (no more than the maximum gap apart) is clipped by the fence and its time shared in proportion to the length inside; a stationary pair inside counts fully. Points only: a segment counts only when both fixes are inside (a lower bound). Longer gaps are 'no data': neither present nor absent.
A visit is one officer's continuous presence in one fence within one policing day; visits shorter than the minimum visit are drive-throughs and count nowhere. Segments faster than the maximum speed are pass-through. officer_min sums over officers, patrol_min is the union (minutes with at least one officer present), dwell_min the mean minutes per visit.
Compliance, per tasking (the per-tasking table) and per fence (the sum of its taskings): delivered minutes are the patrol minutes inside each tasking window; each tasking counts up to its own dose. A tasking is no data when there is no tracking data (of any officer, anywhere) during its window. Status: met (all delivered), partly met, not met (nothing, although tracked), no data; a fence is met when all its covered taskings are, and no data when none is covered. Naive times in the taskings (DateTime fields read from a file, text without an offset, clock times on the policing day) are local time in the time zone.
The parameters used are written to the log and to every output's metadata.</source>
        <translation>Yn mesur pa mor hir y bu swyddogion ym mhob geoffens, o safleoedd wedi'u tracio (mae angen officer_id a t_utc; defnyddir speed_kmh pan fydd yno), ac yn ei gymharu â thasgau.
Wedi'i ryngosod: mae'r segment syth rhwng safleoedd olynol swyddog (dim mwy na'r bwlch mwyaf ar wahân) yn cael ei dorri gan y ffens a'i amser yn cael ei rannu yn ôl y hyd y tu mewn; mae pâr llonydd y tu mewn yn cyfrif yn llawn. Pwyntiau yn unig: dim ond pan fydd y ddau safle y tu mewn y mae segment yn cyfrif (ffin isaf). Mae bylchau hirach yn 'dim data': nid yn bresennol nac yn absennol.
Ymweliad yw presenoldeb di-dor un swyddog mewn un ffens o fewn un diwrnod plismona; mae ymweliadau byrrach na'r ymweliad lleiaf yn gyrru drwodd ac nid ydynt yn cyfrif yn unman. Mae segmentau cyflymach na'r cyflymder uchaf yn mynd drwodd. Mae officer_min yn adio dros swyddogion, patrol_min yw'r uniad (munudau gydag o leiaf un swyddog yn bresennol), dwell_min yw'r munudau cymedrig ar gyfer pob ymweliad.
Cydymffurfiaeth, ar gyfer pob tasg (y tabl fesul tasg) ac ar gyfer pob ffens (swm ei thasgau): y munudau a gyflawnwyd yw'r munudau patrolio y tu mewn i ffenestr pob tasg; mae pob tasg yn cyfrif hyd at ei dos ei hun. Mae tasg yn dim data pan nad oes data tracio (gan unrhyw swyddog, yn unrhyw le) yn ystod ei ffenestr. Statws: wedi'i fodloni (y cyfan wedi'i gyflawni), wedi'i fodloni'n rhannol, heb ei fodloni (dim, er iddo gael ei dracio), dim data; mae ffens wedi'i bodloni pan fydd pob un o'i thasgau a gwmpesir wedi'u bodloni, a dim data pan na chwmpesir yr un. Mae amseroedd naïf yn y tasgau (meysydd DateTime a ddarllenir o ffeil, testun heb wrthbwyso, amseroedd cloc ar y diwrnod plismona) yn amser lleol yn y gylchfa amser.
Mae'r paramedrau a ddefnyddiwyd yn cael eu hysgrifennu i'r log ac i fetadata pob allbwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="215" />
        <source>Optional table from the tasking schedule: fence_id, date, window_start, window_end, minutes (task_id, shift and team are carried into the per-tasking table; rows whose arm is not 'treatment' are skipped). Windows are DateTime fields, ISO 8601 text or HH:MM clock times on the policing date; without an offset they are local time in the time zone.</source>
        <translation>Tabl dewisol o'r amserlen dasgau: fence_id, date, window_start, window_end, minutes (cludir task_id, shift a team i'r tabl fesul tasg; hepgorir rhesi nad yw eu braich yn 'treatment'). Mae ffenestri'n feysydd DateTime, testun ISO 8601 neu amseroedd cloc HH:MM ar y dyddiad plismona; heb wrthbwyso maen nhw'n amser lleol yn y gylchfa amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="268" />
        <source>Local time when the policing day starts; visits are split there and tasking clock times before it belong to the next calendar day.</source>
        <translation>Amser lleol pan fydd y diwrnod plismona'n dechrau; mae ymweliadau'n cael eu rhannu yno ac mae amseroedd cloc tasgau cyn hynny'n perthyn i'r diwrnod calendr nesaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="277" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="277" />
        <source>IANA time zone of the policing day and of taskings' times without an offset (Europe/London: GMT in winter, BST in summer).</source>
        <translation>Cylchfa amser IANA y diwrnod plismona ac amseroedd tasgau heb wrthbwyso (Europe/London: GMT yn y gaeaf, BST yn yr haf).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="636" />
        <source>Compliance per tasking</source>
        <translation>Cydymffurfiaeth ar gyfer pob tasg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="303" />
        <source>With taskings: one row per tasking with task_id, date, shift, fence_id, team, window_start_utc, window_end_utc (UTC), tasked_min, delivered_min, officer_min, shortfall_min, visits, covered and status — the table the Exception report and the tasking dock read. Minutes of a no data tasking are NULL (unknown).</source>
        <translation>Gyda thasgau: un rhes ar gyfer pob tasg gyda task_id, date, shift, fence_id, team, window_start_utc, window_end_utc (UTC), tasked_min, delivered_min, officer_min, shortfall_min, visits, covered a status — y tabl y mae'r Adroddiad eithriadau a'r doc tasgio yn ei ddarllen. Mae munudau tasg dim data yn NULL (anhysbys).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="316" />
        <source>Minutes inside any fence</source>
        <translation>Munudau y tu mewn i unrhyw ffens</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="327" />
        <source>The tracks layer is empty. Import tracks first (Import tracks).</source>
        <translation>Mae'r haen draciau'n wag. Mewnforiwch draciau yn gyntaf (Mewnforio traciau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="331" />
        <source>The tracks layer needs the fields officer_id and t_utc (as Import tracks writes them); it has {}.</source>
        <translation>Mae angen y meysydd officer_id a t_utc ar yr haen draciau (fel y mae Mewnforio traciau yn eu hysgrifennu); mae ganddi {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="343" />
        <source>The tracks layer</source>
        <translation>Yr haen draciau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="342" />
        <source>Read the fixes through GDAL directly (whole file layer, no filter).</source>
        <translation>Darllenwyd y safleoedd yn uniongyrchol drwy GDAL (haen y ffeil gyfan, dim hidlydd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="348" />
        <source>{} fixes have no geometry and were left out.</source>
        <translation>Nid oes geometreg gan {} safle a chawsant eu gadael allan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="399" />
        <source>The fences have no fence_id field: the feature id stands in for it in visits and when matching taskings.</source>
        <translation>Nid oes maes fence_id gan y ffensys: mae dynodydd y nodwedd yn cymryd ei le mewn ymweliadau ac wrth gyfateb tasgau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="416" />
        <source>The geofence layer is empty. Draw or generate fences first.</source>
        <translation>Mae'r haen geoffensys yn wag. Lluniwch neu cynhyrchwch ffensys yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="426" />
        <source>The taskings table needs the fields fence_id, date, window_start, window_end and minutes (as the tasking schedule writes them).</source>
        <translation>Mae angen y meysydd fence_id, date, window_start, window_end a minutes ar y tabl tasgau (fel y mae'r amserlen dasgau yn eu hysgrifennu).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="432" />
        <source>The taskings table</source>
        <translation>Y tabl tasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="541" />
        <source>{} taskings name a fence_id that is not in the geofence layer; they were left out.</source>
        <translation>Mae {} tasg yn enwi fence_id nad yw yn yr haen geoffensys; cawsant eu gadael allan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="547" />
        <source>None of the {fixes:,} fixes lies in any of the {fences:,} geofences: every fence has 0 dwell. Check that the tracks and the fences cover the same area, and that the fixes' coordinates were imported in the right CRS (Import tracks, Coordinates' CRS; the fixes were measured in {crs}).</source>
        <translation>Nid oes yr un o'r {fixes:,} safle mewn unrhyw un o'r {fences:,} geoffens: mae gan bob ffens 0 amser aros. Gwiriwch fod y traciau a'r ffensys yn cwmpasu'r un ardal, a bod cyfesurynnau'r safleoedd wedi'u mewnforio yn y CRS cywir (Mewnforio traciau, CRS y cyfesurynnau; mesurwyd y safleoedd yn {crs}).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="590" />
        <source>Replaced the fences' earlier {} with this run's values.</source>
        <translation>Disodlwyd {} blaenorol y ffensys gyda gwerthoedd y rhediad hwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="623" />
        <source>Compliance: {}</source>
        <translation>Cydymffurfiaeth: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Maximum gap</source>
        <translation>Bwlch mwyaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Minimum visit</source>
        <translation>Ymweliad lleiaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Maximum patrol speed</source>
        <translation>Cyflymder patrolio uchaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fence buffer</source>
        <translation>Clustogfa'r ffens</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Policing day</source>
        <translation>Diwrnod plismona</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Working CRS</source>
        <translation>CRS gweithio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fixes</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Tracked</source>
        <translation>Wedi'u tracio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fences</source>
        <translation>Ffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="179" />
        <source>Tracked fixes as Parquet (folder)</source>
        <translation>Safleoedd wedi'u tracio fel Parquet (ffolder)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="179" />
        <source>Instead of the tracks layer: a folder of fixes as Parquet by policing day (Import tracks' Parquet output, or python -m hotspot_plugin.core.dask_scale import), for more fixes than fit in memory. It is read one policing day at a time, in this process or on Dask; its day start and time zone must be this run's.</source>
        <translation>Yn lle'r haen draciau: ffolder o safleoedd fel Parquet yn ôl diwrnod plismona (allbwn Parquet Mewnforio traciau, neu python -m hotspot_plugin.core.dask_scale import), ar gyfer mwy o safleoedd nag sy'n ffitio yn y cof. Fe'i darllenir un diwrnod plismona ar y tro, yn y broses hon neu ar Dask; rhaid i ddechrau ei ddiwrnod a'i gylchfa amser fod yr un rhai â'r rhediad hwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="193" />
        <source>Dask scheduler</source>
        <translation>Trefnydd Dask</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="193" />
        <source>Empty: run in this process. local: a Dask cluster of worker processes on this computer. An address such as tcp://host:8786: your data team's Dask cluster (its workers need Python with numpy, pandas, shapely, pyarrow and Dask, not the plugin, and must be able to read the Parquet folder). With Dask, the tracks layer is first written as Parquet to a temporary folder (on this computer: use the Parquet folder for a remote cluster). Needs the Python packages dask, distributed and pyarrow.</source>
        <translation>Gwag: rhedeg yn y broses hon. local: clwstwr Dask o brosesau gweithwyr ar y cyfrifiadur hwn. Cyfeiriad fel tcp://host:8786: clwstwr Dask eich tîm data (mae angen Python gyda numpy, pandas, shapely, pyarrow a Dask ar ei weithwyr, nid yr ategyn, a rhaid iddynt allu darllen y ffolder Parquet). Gyda Dask, ysgrifennir yr haen draciau yn gyntaf fel Parquet i ffolder dros dro (ar y cyfrifiadur hwn: defnyddiwch y ffolder Parquet ar gyfer clwstwr pell). Angen y pecynnau Python dask, distributed a pyarrow.</translation>
    </message>
</context>
<context>
    <name>EmergingHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="52" />
        <source>Emerging hot spots (space-time Gi*)</source>
        <translation>Mannau problemus sy'n dod i'r amlwg (Gi* gofod-amser)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="53" />
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="71" />
        <source>Emerging hot spot analysis (after ArcGIS's tool of that name): crimes with a date-time are binned into a space-time cube of the same grid cells as Harm-weighted hot spots (same grid, cell size, distance band and cell rule: only cells with crimes, or every cell of the study area boundary) by calendar step (day, Monday-based week or month, local time). Each cell and step gets a Gi* z-score whose neighbours are the cells within the distance band in that step and in the TIME_NEIGHBOURS previous steps; significance bins use Benjamini–Hochberg FDR per step. A Mann–Kendall test on each cell's series of z-scores gives its trend (trend_z, trend_p), and the 17 ArcGIS categories follow from the bins with ArcGIS's 90 % rules: new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot or cold spots, or no pattern.

Outputs: the cells with category, trend and steps significant (n_sig_steps), and a per-step layer (cell_id, step, step_start, step_end, gi_z, gi_p, gi_bin) set up for the Temporal Controller, so the map plays week by week. At least 10 steps are needed; a partly covered first or last step is warned about (it looks like a trend).

Automatic choices (cell size and distance band as in Harm-weighted hot spots, the period from the first to the last crime, the harm field) are written to the log and the outputs' metadata.</source>
        <translation>Dadansoddiad mannau problemus sy'n dod i'r amlwg (ar ôl offeryn ArcGIS o'r enw hwnnw): mae troseddau â dyddiad-amser yn cael eu rhoi mewn ciwb gofod-amser o'r un celloedd grid â Mannau problemus wedi'u pwysoli yn ôl niwed (yr un grid, maint cell, band pellter a rheol celloedd: dim ond celloedd â throseddau, neu bob cell o ffin yr ardal astudio) yn ôl cam calendr (diwrnod, wythnos yn dechrau ddydd Llun neu fis, amser lleol). Mae pob cell a cham yn cael sgôr-z Gi* y mae ei chymdogion yn gelloedd o fewn y band pellter yn y cam hwnnw ac yn y TIME_NEIGHBOURS cam blaenorol; mae dosbarthiadau arwyddocâd yn defnyddio FDR Benjamini–Hochberg ar gyfer pob cam. Mae prawf Mann–Kendall ar gyfres sgorau-z pob cell yn rhoi ei thueddiad (trend_z, trend_p), ac mae'r 17 categori ArcGIS yn dilyn o'r dosbarthiadau gyda rheolau 90 % ArcGIS: mannau problemus neu oer newydd, olynol, dwysáu, parhaus, lleihau, achlysurol, osgiliadol a hanesyddol, neu ddim patrwm.

Allbynnau: y celloedd gyda chategori, tueddiad a chamau arwyddocaol (n_sig_steps), a haen fesul cam (cell_id, step, step_start, step_end, gi_z, gi_p, gi_bin) wedi'i gosod ar gyfer y Rheolydd Amserol, fel bod y map yn chwarae wythnos wrth wythnos. Mae angen o leiaf 10 cam; rhoddir rhybudd am gam cyntaf neu olaf a gwmpesir yn rhannol (mae'n edrych fel tueddiad).

Mae dewisiadau awtomatig (maint cell a band pellter fel yn Mannau problemus wedi'u pwysoli yn ôl niwed, y cyfnod o'r drosedd gyntaf i'r olaf, y maes niwed) yn cael eu hysgrifennu i'r log ac i fetadata'r allbynnau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="91" />
        <source>Crime points</source>
        <translation>Pwyntiau troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="91" />
        <source>One point per crime, with the date-time it happened.</source>
        <translation>Un pwynt ar gyfer pob trosedd, gyda'r dyddiad-amser y digwyddodd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="97" />
        <source>Date-time field</source>
        <translation>Maes dyddiad-amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="97" />
        <source>When each crime happened: a date-time field, or text such as 2026-03-01T21:15 or 01/03/2026 21:15. Times without an offset are local time in the time zone.</source>
        <translation>Pryd y digwyddodd pob trosedd: maes dyddiad-amser, neu destun fel 2026-03-01T21:15 neu 01/03/2026 21:15. Mae amseroedd heb wrthbwyso yn amser lleol yn y gylchfa amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Grid type</source>
        <translation>Math o grid</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Square (fishnet)</source>
        <translation>Sgwâr (rhwyd bysgota)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Hexagon</source>
        <translation>Hecsagon</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Square cells (UK practice) or hexagons, as Harm-weighted hot spots.</source>
        <translation>Celloedd sgwâr (arfer y DU) neu hecsagonau, fel Mannau problemus wedi'u pwysoli yn ôl niwed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="116" />
        <source>Cell size (m, 0 = automatic)</source>
        <translation>Maint cell (m, 0 = awtomatig)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="116" />
        <source>Cell edge in metres. 0 chooses it as Harm-weighted hot spots does (150 m for a town).</source>
        <translation>Ymyl y gell mewn metrau. Mae 0 yn ei ddewis fel y mae Mannau problemus wedi'u pwysoli yn ôl niwed yn ei wneud (150 m ar gyfer tref).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="121" />
        <source>Distance band (m, 0 = automatic)</source>
        <translation>Band pellter (m, 0 = awtomatig)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="121" />
        <source>Cells whose centres are within this many metres are spatial neighbours (the cell itself included). 0 chooses it by incremental spatial autocorrelation on the whole period.</source>
        <translation>Mae celloedd y mae eu canolau o fewn y nifer hwn o fetrau yn gymdogion gofodol (gan gynnwys y gell ei hun). Mae 0 yn ei ddewis drwy awtogydberthyniad gofodol cynyddrannol ar y cyfnod cyfan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Time step</source>
        <translation>Cam amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Week</source>
        <translation>Wythnos</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>The length of each step of the cube: local calendar days, Monday-based weeks or months.</source>
        <translation>Hyd pob cam o'r ciwb: diwrnodau calendr lleol, wythnosau yn dechrau ddydd Llun neu fisoedd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="138" />
        <source>Time neighbours (previous steps)</source>
        <translation>Cymdogion amser (camau blaenorol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="138" />
        <source>How many previous steps of the same and nearby cells count as neighbours of a cell and step (ArcGIS's neighbourhood time step less one). 0: each step on its own.</source>
        <translation>Faint o gamau blaenorol yr un celloedd a chelloedd cyfagos sy'n cyfrif fel cymdogion cell a cham (cam amser cymdogaeth ArcGIS llai un). 0: pob cam ar ei ben ei hun.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="148" />
        <source>Study area boundary</source>
        <translation>Ffin yr ardal astudio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="148" />
        <source>Polygons where crime can happen. Given: every cell sharing area with it is tested, empty cells included, and crimes outside it are left out. Not given: only cells with at least one crime in the period are tested.</source>
        <translation>Polygonau lle gall troseddu ddigwydd. Os rhoddir: profir pob cell sy'n rhannu arwynebedd ag ef, gan gynnwys celloedd gwag, a gadewir troseddau y tu allan iddo allan. Os na roddir: dim ond celloedd ag o leiaf un drosedd yn y cyfnod a brofir.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>First day (YYYY-MM-DD)</source>
        <translation>Diwrnod cyntaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>First day of the period; empty: the first crime's day.</source>
        <translation>Diwrnod cyntaf y cyfnod; gwag: diwrnod y drosedd gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>Last day (YYYY-MM-DD)</source>
        <translation>Diwrnod olaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>Last day of the period (inclusive); empty: the last crime's day.</source>
        <translation>Diwrnod olaf y cyfnod (yn gynhwysol); gwag: diwrnod y drosedd olaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Global window</source>
        <translation>Ffenestr gyffredinol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Entire cube</source>
        <translation>Y ciwb cyfan</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Each step's time window</source>
        <translation>Ffenestr amser pob cam</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Over which bins Gi*'s mean and standard deviation are taken: the entire cube (ArcGIS's default) or the steps of each bin's time window (with 0 time neighbours: each step alone, exactly Harm-weighted hot spots on that step).</source>
        <translation>Dros ba ddosbarthiadau y cymerir cymedr a gwyriad safonol Gi*: y ciwb cyfan (rhagosodiad ArcGIS) neu gamau ffenestr amser pob dosbarth (gyda 0 cymydog amser: pob cam ar ei ben ei hun, yn union Mannau problemus wedi'u pwysoli yn ôl niwed ar y cam hwnnw).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="186" />
        <source>Correct for multiple testing (FDR)</source>
        <translation>Cywiro ar gyfer profion lluosog (FDR)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="186" />
        <source>Benjamini–Hochberg false discovery rate correction of each step's bins.</source>
        <translation>Cywiriad cyfradd darganfod ffug Benjamini–Hochberg i ddosbarthiadau pob cam.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>A step is a hot or cold spot from</source>
        <translation>Mae cam yn fan problemus neu oer o</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>90 % confidence</source>
        <translation>Hyder 90 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>95 % confidence</source>
        <translation>Hyder 95 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>99 % confidence</source>
        <translation>Hyder 99 %</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>The bin a step must reach to count as a hot or cold spot in the categories (ArcGIS: 90 %).</source>
        <translation>Y dosbarth y mae'n rhaid i gam ei gyrraedd i gyfrif fel man problemus neu oer yn y categorïau (ArcGIS: 90 %).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="201" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="201" />
        <source>IANA time zone of the calendar steps and of times without an offset.</source>
        <translation>Cylchfa amser IANA y camau calendr ac amseroedd heb wrthbwyso.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="215" />
        <source>Per-step layer: every cell in every step</source>
        <translation>Haen fesul cam: pob cell ym mhob cam</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="215" />
        <source>Write every cell in every step to the per-step layer (cells × steps features: large). Off: only the bins that are hot or cold spots, which is what the Temporal Controller shows.</source>
        <translation>Ysgrifennu pob cell ym mhob cam i'r haen fesul cam (celloedd × camau o nodweddion: mawr). I ffwrdd: dim ond y dosbarthiadau sy'n fannau problemus neu oer, sef yr hyn y mae'r Rheolydd Amserol yn ei ddangos.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="225" />
        <source>Emerging hot spot cells</source>
        <translation>Celloedd mannau problemus sy'n dod i'r amlwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="225" />
        <source>Tested cells with category, category_code (1..8 hot, −1..−8 cold, 0 no pattern), trend_z, trend_p, trend_tau, n_hot_steps, n_cold_steps, n_sig_steps, last_gi_bin, n_crimes, harm.</source>
        <translation>Celloedd a brofwyd gyda category, category_code (1..8 poeth, −1..−8 oer, 0 dim patrwm), trend_z, trend_p, trend_tau, n_hot_steps, n_cold_steps, n_sig_steps, last_gi_bin, n_crimes, harm.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="234" />
        <source>Emerging hot spots by step (temporal)</source>
        <translation>Mannau problemus fesul cam (amserol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="234" />
        <source>Cells by step with step_start, step_end, n_crimes, harm, gi_z, gi_p, gi_bin; plays in the Temporal Controller.</source>
        <translation>Celloedd fesul cam gyda step_start, step_end, n_crimes, harm, gi_z, gi_p, gi_bin; yn chwarae yn y Rheolydd Amserol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="245" />
        <source>Cell size used (m)</source>
        <translation>Maint cell a ddefnyddiwyd (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="246" />
        <source>Distance band used (m)</source>
        <translation>Band pellter a ddefnyddiwyd (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="247" />
        <source>Cells tested</source>
        <translation>Celloedd a brofwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="248" />
        <source>Time steps</source>
        <translation>Camau amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="249" />
        <source>Cells in a hot spot category</source>
        <translation>Celloedd mewn categori man problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="250" />
        <source>Cells in a cold spot category</source>
        <translation>Celloedd mewn categori man oer</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="251" />
        <source>New hot spots</source>
        <translation>Mannau problemus newydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="252" />
        <source>Intensifying hot spots</source>
        <translation>Mannau problemus sy'n dwysáu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="396" />
        <source>Emerging hot spots</source>
        <translation>Mannau problemus sy'n dod i'r amlwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="415" />
        <source>Emerging hot spots by step</source>
        <translation>Mannau problemus sy'n dod i'r amlwg fesul cam</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="207" />
        <source>Empty: in memory, in this process. local (a Dask cluster on this computer) or an address such as tcp://host:8786: the space-time cube's Gi* (and the whole period's, which picks the cells) is computed in tiles with a halo of the band's reach and the time neighbours, square or hexagon grid, giving the same numbers, for national grids. Needs the Python packages dask and distributed.</source>
        <translation>Gwag: yn y cof, yn y broses hon. local (clwstwr Dask ar y cyfrifiadur hwn) neu gyfeiriad fel tcp://host:8786: cyfrifir Gi* y ciwb gofod-amser (a Gi* y cyfnod cyfan, sy'n dewis y celloedd) mewn teils gydag ymyl cyrhaeddiad y band a'r cymdogion amser, grid sgwâr neu hecsagon, gan roi'r un rhifau, ar gyfer gridiau cenedlaethol. Mae angen y pecynnau Python dask a distributed.</translation>
    </message>
</context>
<context>
    <name>ExceptionReportAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="80" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="89" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="109" />
        <source>Window tolerance (min)</source>
        <translation>Goddefiant y ffenestr (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="293" />
        <source>Exception report</source>
        <translation>Adroddiad eithriadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="295" />
        <source>Exception summary</source>
        <translation>Crynodeb eithriadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="51" />
        <source>Exception report (tasked vs delivered)</source>
        <translation>Adroddiad eithriadau (wedi'u tasgio yn erbyn wedi'u cyflawni)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="52" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="80" />
        <source>A schedule from Tasking schedule (task_id, date, shift, fence_id, arm, window_start, window_end, minutes, team); control rows are skipped.</source>
        <translation>Amserlen o Amserlen dasgau (task_id, date, shift, fence_id, arm, window_start, window_end, minutes, team); hepgorir rhesi rheoli.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings met</source>
        <translation>Tasgau wedi'u bodloni</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings partly met</source>
        <translation>Tasgau wedi'u bodloni'n rhannol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings not met</source>
        <translation>Tasgau heb eu bodloni</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings with no data</source>
        <translation>Tasgau heb ddata</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="65" />
        <source>One row per treated tasking with tasked, delivered and shortfall minutes and its status, and a summary by day, shift and place. The statuses are those of Dwell and compliance — one definition for the map, the tasking dock and this report: delivered minutes are the minutes inside the tasking's window when at least one officer was in the place (a pair counts once; officer_min sums officers); met (all delivered), partly met (some), not met (none, although tracked), no data (no tracking data during the window — its minutes are then NULL, unknown).
Best: give the per-tasking table (Compliance per tasking) of Dwell and compliance; the report is then exactly that table. With only the visits, tracking is estimated from them: an officer counts as tracked from the start of their first to the end of their last visit of each policing day, so some taskings the tracks did cover may show no data (never the other way round). The window tolerance applies to the visits only. Fence ids are matched as text.</source>
        <translation>Un rhes ar gyfer pob tasg a driniwyd gyda'r munudau a dasgwyd, a gyflawnwyd ac a oedd yn brin a'i statws, a chrynodeb yn ôl diwrnod, shifft a lle. Y statwsau yw rhai Amser aros a chydymffurfiaeth — un diffiniad ar gyfer y map, y doc tasgio a'r adroddiad hwn: y munudau a gyflawnwyd yw'r munudau y tu mewn i ffenestr y dasg pan oedd o leiaf un swyddog yn y lle (mae pâr yn cyfrif unwaith; mae officer_min yn adio swyddogion); wedi'i fodloni (y cyfan wedi'i gyflawni), wedi'i fodloni'n rhannol (rhywfaint), heb ei fodloni (dim, er iddo gael ei dracio), dim data (dim data tracio yn ystod y ffenestr — mae ei funudau wedyn yn NULL, anhysbys).
Gorau: rhowch y tabl fesul tasg (Cydymffurfiaeth ar gyfer pob tasg) o Amser aros a chydymffurfiaeth; yr adroddiad wedyn yw'r tabl hwnnw yn union. Gyda'r ymweliadau yn unig, amcangyfrifir y tracio ohonynt: mae swyddog yn cyfrif fel un wedi'i dracio o ddechrau ei ymweliad cyntaf hyd at ddiwedd ei ymweliad olaf ym mhob diwrnod plismona, felly gall rhai tasgau a gwmpaswyd gan y traciau ddangos dim data (byth y ffordd arall). Mae goddefiant y ffenestr yn berthnasol i'r ymweliadau yn unig. Cymherir dynodyddion ffensys fel testun.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="89" />
        <source>Visits from Dwell and compliance: fence_id, officer_id, start_utc, end_utc (UTC). Used when no per-tasking table is given (tracking is then estimated from the visits).</source>
        <translation>Ymweliadau o Amser aros a chydymffurfiaeth: fence_id, officer_id, start_utc, end_utc (UTC). Fe'u defnyddir pan na roddir tabl fesul tasg (amcangyfrifir y tracio wedyn o'r ymweliadau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="99" />
        <source>Compliance per tasking</source>
        <translation>Cydymffurfiaeth ar gyfer pob tasg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="99" />
        <source>The per-tasking table of Dwell and compliance (OUTPUT_TASKINGS), made with this schedule: the report takes its minutes and statuses as they are.</source>
        <translation>Tabl fesul tasg Amser aros a chydymffurfiaeth (OUTPUT_TASKINGS), a wnaed gyda'r amserlen hon: mae'r adroddiad yn cymryd ei funudau a'i statwsau fel y maent.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="109" />
        <source>With visits: also count presence this many minutes before and after each window. Not available with the per-tasking table, which was measured on the tasked windows.</source>
        <translation>Gydag ymweliadau: cyfrif presenoldeb hefyd y nifer hwn o funudau cyn ac ar ôl pob ffenestr. Nid yw ar gael gyda'r tabl fesul tasg, a fesurwyd ar y ffenestri a dasgwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="120" />
        <source>Policing day starts at (HH:MM)</source>
        <translation>Mae'r diwrnod plismona'n dechrau am (HH:MM)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="120" />
        <source>With visits: the policing days over which an officer's tracking is estimated.</source>
        <translation>Gydag ymweliadau: y diwrnodau plismona yr amcangyfrifir tracio swyddog drostynt.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="127" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="127" />
        <source>IANA time zone of the schedule's times without an offset and of the policing day.</source>
        <translation>Cylchfa amser IANA amseroedd yr amserlen heb wrthbwyso a'r diwrnod plismona.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="132" />
        <source>One row per treated tasking with tasked_min, delivered_min, officer_min, shortfall_min, visits and status (minutes NULL for no data).</source>
        <translation>Un rhes ar gyfer pob tasg a driniwyd gyda tasked_min, delivered_min, officer_min, shortfall_min, visits a status (munudau NULL ar gyfer dim data).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="141" />
        <source>Totals and status counts by day, shift and place (level, key); delivered and shortfall minutes over the taskings with data.</source>
        <translation>Cyfansymiau a niferoedd statws yn ôl diwrnod, shifft a lle (level, key); munudau a gyflawnwyd ac a oedd yn brin dros y tasgau sydd â data.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="165" />
        <source>The per-tasking table</source>
        <translation>Y tabl fesul tasg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="178" />
        <source>{} treated taskings of the schedule are not in the per-tasking table (edited after Dwell and compliance ran, or for fences not in its geofence layer); they are left out. Run Dwell and compliance again with this schedule to include them.</source>
        <translation>Nid yw {} o dasgau a driniwyd yr amserlen yn y tabl fesul tasg (wedi'u golygu ar ôl i Amser aros a chydymffurfiaeth redeg, neu ar gyfer ffensys nad ydynt yn ei haen geoffensys); cânt eu gadael allan. Rhedwch Amser aros a chydymffurfiaeth eto gyda'r amserlen hon i'w cynnwys.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="210" />
        <source>Give the per-tasking table of Dwell and compliance (COMPLIANCE), or its visits (VISITS).</source>
        <translation>Rhowch dabl fesul tasg Amser aros a chydymffurfiaeth (COMPLIANCE), neu ei ymweliadau (VISITS).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="215" />
        <source>The per-tasking table was measured on the tasked windows, so a window tolerance cannot be added to it. Set the tolerance to 0, or give the visits instead of the per-tasking table.</source>
        <translation>Mesurwyd y tabl fesul tasg ar y ffenestri a dasgwyd, felly ni ellir ychwanegu goddefiant ffenestr ato. Gosodwch y goddefiant i 0, neu rhowch yr ymweliadau yn lle'r tabl fesul tasg.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="233" />
        <source>Both the per-tasking table and visits were given: the table is used.</source>
        <translation>Rhoddwyd y tabl fesul tasg a'r ymweliadau: defnyddir y tabl.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="238" />
        <source>The visits table</source>
        <translation>Y tabl ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>treated taskings</source>
        <translation>tasgau a driniwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>statuses from</source>
        <translation>statwsau o</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>tolerance</source>
        <translation>goddefiant</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>tasked</source>
        <translation>wedi'u tasgio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>delivered</source>
        <translation>wedi'u cyflawni</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>statuses</source>
        <translation>statwsau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>definition</source>
        <translation>diffiniad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>visits read</source>
        <translation>ymweliadau a ddarllenwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>policing day</source>
        <translation>diwrnod plismona</translation>
    </message>
</context>
<context>
    <name>ForecastAccuracyAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="34" />
        <source>Do hot spots predict? (hit rate, PAI, PEI, RRI)</source>
        <translation>Ydy mannau problemus yn rhagweld? (cyfradd taro, PAI, PEI, RRI)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="35" />
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="50" />
        <source>Scores hot spots chosen from one period against the crimes of a later one. Hot spots are the cells of a Harm-weighted hot spots run with gi_bin at least the minimum bin (the other cells are the rest of the study area), or every polygon of a fence layer (then give the study area). With N the later crimes in the study area, n those in the hot spots, A the study area and a the hot spots' area: hit rate = n / N; PAI = (n / N) / (a / A) (Chainey, Tompson &amp; Uhlig 2008); PEI = n / n*, n* the most crime the busiest units of the same total area held (Hunt 2016; cells only); RRI = (n2 / n1) / (N2 / N1) with the earlier counts from the cells' n_crimes (Levine 2008). 10 % of the cells holding 30 % of the later crime is a hit rate of 0.30 and a PAI of 3.0. With a harm field the same figures are given on harm. A: the study area when given, else the units' total area — never a bounding box.</source>
        <translation>Yn sgorio mannau problemus a ddewiswyd o un cyfnod yn erbyn troseddau cyfnod diweddarach. Mannau problemus yw celloedd rhediad Mannau problemus wedi'u pwysoli yn ôl niwed gyda gi_bin o leiaf y dosbarth lleiaf (y celloedd eraill yw gweddill yr ardal astudio), neu bob polygon mewn haen ffensys (rhowch yr ardal astudio wedyn). Gyda N y troseddau diweddarach yn yr ardal astudio, n y rhai yn y mannau problemus, A yr ardal astudio ac a arwynebedd y mannau problemus: cyfradd taro = n / N; PAI = (n / N) / (a / A) (Chainey, Tompson &amp; Uhlig 2008); PEI = n / n*, n* y mwyaf o droseddu a ddaliodd yr unedau prysuraf o'r un arwynebedd cyfan (Hunt 2016; celloedd yn unig); RRI = (n2 / n1) / (N2 / N1) gyda'r niferoedd cynharach o n_crimes y celloedd (Levine 2008). Mae 10 % o'r celloedd yn dal 30 % o'r troseddu diweddarach yn gyfradd taro o 0.30 ac yn PAI o 3.0. Gyda maes niwed rhoddir yr un ffigurau ar niwed. A: yr ardal astudio pan roddir hi, fel arall cyfanswm arwynebedd yr unedau — byth blwch terfyn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="63" />
        <source>Hot spots (cells or fences)</source>
        <translation>Mannau problemus (celloedd neu ffensys)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="63" />
        <source>The cell output of Harm-weighted hot spots for the earlier period (gi_bin, n_crimes), or fences: a polygon layer without gi_bin, every polygon a hot spot.</source>
        <translation>Allbwn celloedd Mannau problemus wedi'u pwysoli yn ôl niwed ar gyfer y cyfnod cynharach (gi_bin, n_crimes), neu ffensys: haen bolygonau heb gi_bin, pob polygon yn fan problemus.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="72" />
        <source>Hot spot from bin</source>
        <translation>Man problemus o'r dosbarth</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="72" />
        <source>Cells with gi_bin at least this are hot spots (3 = 99 %, 2 = 95 %, 1 = 90 %).</source>
        <translation>Mae celloedd â gi_bin o leiaf hyn yn fannau problemus (3 = 99 %, 2 = 95 %, 1 = 90 %).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="81" />
        <source>Crimes of the later period</source>
        <translation>Troseddau'r cyfnod diweddarach</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="81" />
        <source>One point per crime; filtered to the days below when a date-time field is given.</source>
        <translation>Un pwynt ar gyfer pob trosedd; wedi'u hidlo i'r diwrnodau isod pan roddir maes dyddiad-amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="87" />
        <source>Date-time field</source>
        <translation>Maes dyddiad-amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="87" />
        <source>When each crime happened; needed only to keep the crimes of the days below.</source>
        <translation>Pryd y digwyddodd pob trosedd; dim ond ei angen i gadw troseddau'r diwrnodau isod.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="93" />
        <source>Later period: first day (YYYY-MM-DD)</source>
        <translation>Cyfnod wedyn: diwrnod cyntaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="93" />
        <source>Later period: last day (YYYY-MM-DD)</source>
        <translation>Cyfnod wedyn: diwrnod olaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="97" />
        <source>Inclusive ISO date, local time; empty: no limit on that side (needs the date-time field).</source>
        <translation>Dyddiad ISO cynhwysol, amser lleol; gwag: dim terfyn ar yr ochr honno (angen y maes dyddiad-amser).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="101" />
        <source>Harm field</source>
        <translation>Maes niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="101" />
        <source>Numeric harm of each later crime: adds the harm hit rate, PAI and PEI.</source>
        <translation>Niwed rhifol pob trosedd ddiweddarach: yn ychwanegu cyfradd taro, PAI a PEI niwed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="111" />
        <source>Study area</source>
        <translation>Ardal astudio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="111" />
        <source>Polygons of the whole study area (A); needed with fences. Empty: the units' total area.</source>
        <translation>Polygonau'r ardal astudio gyfan (A); ei hangen gyda ffensys. Gwag: cyfanswm arwynebedd yr unedau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="118" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="118" />
        <source>IANA time zone of the days and of times without an offset.</source>
        <translation>Cylchfa amser IANA y diwrnodau ac amseroedd heb wrthbwyso.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="240" />
        <source>Forecast accuracy</source>
        <translation>Cywirdeb rhagolygon</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="121" />
        <source>One row per measure: measure, value, definition.</source>
        <translation>Un rhes ar gyfer pob mesur: measure, value, definition.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Hit rate</source>
        <translation>Cyfradd taro</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Predictive Accuracy Index (PAI)</source>
        <translation>Mynegai Cywirdeb Rhagfynegol (PAI)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Predictive Efficiency Index (PEI)</source>
        <translation>Mynegai Effeithlonrwydd Rhagfynegol (PEI)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Recapture Rate Index (RRI)</source>
        <translation>Mynegai Cyfradd Ailddal (RRI)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Share of the area in hot spots</source>
        <translation>Cyfran yr arwynebedd mewn mannau problemus</translation>
    </message>
</context>
<context>
    <name>GeofenceHistoryAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="58" />
        <source>Geofence layer</source>
        <translation>Haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="67" />
        <source>Only these fence ids (comma-separated)</source>
        <translation>Dim ond y ffensys hyn (rhestr dynodyddion)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="73" />
        <source>Geometry of each row</source>
        <translation>Geometreg pob rhes</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="173" />
        <source>Geofence history</source>
        <translation>Hanes geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="88" />
        <source>Changes exported</source>
        <translation>Newidiadau a allforiwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="30" />
        <source>Geofence change history</source>
        <translation>Hanes newidiadau geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="31" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="89" />
        <source>Changes overwritten by a later save</source>
        <translation>Newidiadau a drosysgrifwyd gan gadw diweddarach</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="44" />
        <source>Exports the change history of a geofence layer made by Create geofence layer: one row per insert, geometry change and delete, with fence_id, action, edited_by (the database user in PostGIS; in a GeoPackage the QGIS user who last edited the fence), edited_at (UTC), the fence's area before and after, and both geometries as WKT (old_wkt, new_wkt). The row's own geometry is the fence after the change (before it, for deletes), or the other way round. The history is read, never changed.

Overwritten edits (PostGIS): version is the fence's version the change made, based_on_version the version it was made from. A save made over a newer version than the one it was based on (a planner who chose Keep my version after an edit conflict) has overwrote = true, and each change it replaced without building on it has overwritten_by = the history_id of that save, so no edit is lost from view. The database refuses every other save based on an old version.</source>
        <translation>Yn allforio hanes newidiadau haen geoffensys a wnaed gan Creu haen geoffensys: un rhes ar gyfer pob ychwanegiad, newid geometreg a dilead, gyda fence_id, action, edited_by (defnyddiwr y gronfa ddata yn PostGIS; mewn GeoPackage y defnyddiwr QGIS a olygodd y ffens ddiwethaf), edited_at (UTC), arwynebedd y ffens cyn ac ar ôl, a'r ddwy geometreg fel WKT (old_wkt, new_wkt). Geometreg y rhes ei hun yw'r ffens ar ôl y newid (cyn hynny, ar gyfer dileadau), neu'r ffordd arall. Darllenir yr hanes, ni chaiff byth ei newid.

Golygiadau a drosysgrifwyd (PostGIS): version yw fersiwn y ffens a wnaeth y newid, based_on_version y fersiwn y'i gwnaed ohoni. Mae gan gadw a wnaed dros fersiwn mwy newydd na'r un yr oedd yn seiliedig arni (cynllunydd a ddewisodd Cadw fy fersiwn i ar ôl gwrthdaro golygu) overwrote = true, ac mae gan bob newid a ddisodlodd heb adeiladu arno overwritten_by = history_id y cadw hwnnw, felly nid oes golygiad yn mynd o'r golwg. Mae'r gronfa ddata yn gwrthod pob cadw arall sy'n seiliedig ar hen fersiwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="39" />
        <source>Fence after the change (before it, for deletes)</source>
        <translation>Y ffens ar ôl y newid (cyn, i ddileadau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="40" />
        <source>Fence before the change (after it, for inserts)</source>
        <translation>Y ffens cyn y newid (ar ôl, i ychwanegiadau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="58" />
        <source>A geofence layer in a GeoPackage or PostGIS made by Create geofence layer; its history table (&lt;layer&gt;_history) is read from the same database.</source>
        <translation>Haen geoffensys mewn GeoPackage neu PostGIS a wnaed gan Creu haen geoffensys; darllenir ei thabl hanes (&lt;layer&gt;_history) o'r un gronfa ddata.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="67" />
        <source>Leave empty for the history of every fence, or list fence ids such as 3, 12.</source>
        <translation>Gadewch yn wag ar gyfer hanes pob ffens, neu rhestrwch ddynodyddion ffensys fel 3, 12.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="73" />
        <source>Which of the two geometries becomes the row's geometry; both are always in old_wkt and new_wkt.</source>
        <translation>Pa un o'r ddwy geometreg sy'n dod yn geometreg y rhes; mae'r ddwy bob amser yn old_wkt a new_wkt.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="82" />
        <source>One row per change, oldest first.</source>
        <translation>Un rhes ar gyfer pob newid, yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="101" />
        <source>'{}' is not a list of fence ids such as 3, 12.</source>
        <translation>Nid yw '{}' yn rhestr o ddynodyddion ffensys fel 3, 12.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="157" />
        <source>{} change(s) exported from the history of {}.</source>
        <translation>Allforiwyd {} newid o hanes {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="161" />
        <source>{} change(s) were overwritten by a later save that did not build on them (history_id {}; see overwritten_by).</source>
        <translation>Cafodd {} newid eu trosysgrifo gan gadw diweddarach nad adeiladodd arnynt (history_id {}; gweler overwritten_by).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="168" />
        <source>This history keeps no versions (GeoPackage): overwritten edits cannot be flagged.</source>
        <translation>Nid yw'r hanes hwn yn cadw fersiynau (GeoPackage): ni ellir nodi golygiadau a drosysgrifwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="172" />
        <source>No change was overwritten.</source>
        <translation>Ni throsysgrifwyd unrhyw newid.</translation>
    </message>
</context>
<context>
    <name>GeofencesFromHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="72" />
        <source>Hot spot cells</source>
        <translation>Celloedd mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="78" />
        <source>Minimum Gi* bin</source>
        <translation>Dosbarth Gi* lleiaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="99" />
        <source>Keep the top N fences (0 = all)</source>
        <translation>Cadw'r N ffens uchaf (0 = pob un)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="106" />
        <source>Buffer (m)</source>
        <translation>Clustogfa (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="111" />
        <source>Simplify tolerance (m)</source>
        <translation>Goddefiant symleiddio (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="116" />
        <source>Minimum area (m²)</source>
        <translation>Arwynebedd lleiaf (m²)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="289" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="136" />
        <source>Fences drawn</source>
        <translation>Ffensys a luniwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="137" />
        <source>Share of harm inside fences (%)</source>
        <translation>Cyfran y niwed y tu mewn i ffensys (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="138" />
        <source>Share of the area inside fences (%)</source>
        <translation>Cyfran yr arwynebedd y tu mewn i ffensys (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="33" />
        <source>Geofences from hot spots</source>
        <translation>Geoffensys o fannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="48" />
        <source>Draws geofence polygons around hot spots: cells with gi_bin at or above the minimum bin are dissolved, contiguous cells (sharing an edge) forming one fence; an optional buffer allows for GPS error, outlines can be simplified and slivers dropped. Fences are ranked by harm (1 = most harm) and carry their harm, crimes and area, and three scores:
pai: Prediction Accuracy Index (Chainey et al. 2008), share of crimes captured ÷ share of the study area covered;
pai_harm: the same with harm (a harm PAI);
pei: Predictive Efficiency Index, crimes captured ÷ the most crimes tested cells of the same total area could capture (1 = the busiest cells possible).
Crimes, harm and area are those of the fence's cells (the buffer is a GPS allowance and is not counted). The study area is the Study area boundary when given (use the boundary the hot spots were computed in), else the area of all the tested cells, never a bounding box. The log and the layer's metadata give the scores of all fences together.</source>
        <translation>Yn llunio polygonau geoffensys o amgylch mannau problemus: mae celloedd â gi_bin ar y dosbarth lleiaf neu uwch yn cael eu toddi, a chelloedd cyffiniol (sy'n rhannu ymyl) yn ffurfio un ffens; mae clustogfa ddewisol yn caniatáu ar gyfer gwall GPS, gellir symleiddio amlinelliadau a gollwng llithriadau. Mae ffensys wedi'u rhestru yn ôl niwed (1 = mwyaf o niwed) ac yn cario eu niwed, eu troseddau a'u harwynebedd, a thair sgôr:
pai: Mynegai Cywirdeb Rhagfynegi (Chainey et al. 2008), cyfran y troseddau a ddaliwyd ÷ cyfran yr ardal astudio a gwmpaswyd;
pai_harm: yr un peth gyda niwed (PAI niwed);
pei: Mynegai Effeithlonrwydd Rhagfynegol, troseddau a ddaliwyd ÷ y mwyaf o droseddau y gallai celloedd a brofwyd o'r un arwynebedd cyfan eu dal (1 = y celloedd prysuraf posibl).
Troseddau, niwed ac arwynebedd celloedd y ffens yw'r rhain (lwfans GPS yw'r glustogfa ac nid yw'n cael ei chyfrif). Yr ardal astudio yw ffin yr Ardal astudio pan roddir hi (defnyddiwch y ffin y cyfrifwyd y mannau problemus ynddi), fel arall arwynebedd yr holl gelloedd a brofwyd, byth blwch terfyn. Mae'r log a metadata'r haen yn rhoi sgorau'r holl ffensys gyda'i gilydd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="72" />
        <source>The cell output of Harm-weighted hot spots (needs the fields gi_bin, harm and n_crimes).</source>
        <translation>Allbwn celloedd Mannau problemus wedi'u pwysoli yn ôl niwed (angen y meysydd gi_bin, harm a n_crimes).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="78" />
        <source>Cells with gi_bin at or above this qualify: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence hot spots.</source>
        <translation>Mae celloedd â gi_bin ar y gwerth hwn neu uwch yn gymwys: 1 = mannau problemus ar hyder 90 %, 2 = 95 %, 3 = 99 %.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="87" />
        <source>Minimum crimes in a cell</source>
        <translation>Isafswm troseddau mewn cell</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="87" />
        <source>A hot cell qualifies only when it holds at least this many crimes (n_crimes). 0 = every hot cell, including empty cells that are hot because of their neighbours; 1 or 2 keeps fences to the places where crime (or repeat crime) was recorded, so they stay patrol-sized.</source>
        <translation>Dim ond pan fydd yn dal o leiaf y nifer hwn o droseddau (n_crimes) y mae cell boeth yn gymwys. 0 = pob cell boeth, gan gynnwys celloedd gwag sy'n boeth oherwydd eu cymdogion; mae 1 neu 2 yn cadw ffensys i'r lleoedd lle cofnodwyd trosedd (neu drosedd ailadroddus), fel eu bod yn aros o faint patrôl.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="99" />
        <source>Keep only the N fences with the most harm (forces usually pick 20–80 hot spots).</source>
        <translation>Cadw'r N ffens â'r mwyaf o niwed yn unig (mae heddluoedd fel arfer yn dewis 20–80 man problemus).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="106" />
        <source>Widen each fence by this many metres to allow for GPS error (10–25 m is typical).</source>
        <translation>Lledu pob ffens gan y nifer hwn o fetrau i ganiatáu ar gyfer gwall GPS (mae 10–25 m yn nodweddiadol).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="111" />
        <source>Simplify outlines with this tolerance in metres (0 = keep cell edges).</source>
        <translation>Symleiddio amlinelliadau gyda'r goddefiant hwn mewn metrau (0 = cadw ymylon y celloedd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="116" />
        <source>Drop fences smaller than this (slivers).</source>
        <translation>Gollwng ffensys sy'n llai na hyn (llithriadau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="119" />
        <source>Study area boundary</source>
        <translation>Ffin yr ardal astudio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="119" />
        <source>The boundary the hot spots were computed in (Harm-weighted hot spots' BOUNDARY): its area is the study area A of PAI, and fence cells are measured within it. Empty: A is the area of all the tested cells.</source>
        <translation>Y ffin y cyfrifwyd y mannau problemus ynddi (BOUNDARY Mannau problemus wedi'u pwysoli yn ôl niwed): ei harwynebedd yw ardal astudio A y PAI, a mesurir celloedd y ffensys o'i mewn. Gwag: A yw arwynebedd yr holl gelloedd a brofwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="130" />
        <source>Fence polygons with fence_id, name, rank, harm, n_crimes, area_m2, pai, pai_harm and pei.</source>
        <translation>Polygonau ffensys gyda fence_id, name, rank, harm, n_crimes, area_m2, pai, pai_harm a pei.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="139" />
        <source>Share of crimes inside fences (%)</source>
        <translation>Cyfran y troseddau y tu mewn i ffensys (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="140" />
        <source>PAI of all fences together</source>
        <translation>PAI yr holl ffensys gyda'i gilydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="141" />
        <source>Harm PAI of all fences together</source>
        <translation>PAI niwed yr holl ffensys gyda'i gilydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="142" />
        <source>PEI of all fences together</source>
        <translation>PEI yr holl ffensys gyda'i gilydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="180" />
        <source>The cell layer</source>
        <translation>Yr haen gelloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="155" />
        <source>The cell layer is empty. Run Harm-weighted hot spots first.</source>
        <translation>Mae'r haen gelloedd yn wag. Rhedwch Mannau problemus wedi'u pwysoli yn ôl niwed yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="169" />
        <source>The study area boundary has no polygons. Choose the polygon layer the hot spots were computed in, or leave it empty.</source>
        <translation>Nid oes polygonau gan ffin yr ardal astudio. Dewiswch yr haen bolygonau y cyfrifwyd y mannau problemus ynddi, neu gadewch hi'n wag.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="201" />
        <source>{:,} of {:,} cells have {}.</source>
        <translation>Mae gan {:,} o {:,} cell {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="241" />
        <source>No fences: no cells have {} (or all were dropped by the minimum area). Lower the minimum bin, the minimum crimes or the minimum area.</source>
        <translation>Dim ffensys: nid oes gan unrhyw gelloedd {} (neu cawsant i gyd eu gollwng gan yr arwynebedd lleiaf). Gostyngwch y dosbarth lleiaf, yr isafswm troseddau neu'r arwynebedd lleiaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fences</source>
        <translation>Ffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Study area A</source>
        <translation>Ardal astudio A</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Harm captured</source>
        <translation>Niwed a ddaliwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>All fences together</source>
        <translation>Yr holl ffensys gyda'i gilydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Scores</source>
        <translation>Sgorau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cells used</source>
        <translation>Celloedd a ddefnyddiwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Buffer</source>
        <translation>Clustogfa</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="48" />
        <source>Loaded into a project (run from the toolbox), the output also adds the print layout Geofence briefing atlas (Project ▸ Layouts): a page per fence, most harmful first, with its map and figures.</source>
        <translation>Pan gaiff ei lwytho i brosiect (wedi'i redeg o'r blwch offer), mae'r allbwn hefyd yn ychwanegu'r cynllun argraffu Atlas briffio geoffensys (Project ▸ Layouts): tudalen ar gyfer pob ffens, y mwyaf niweidiol yn gyntaf, gyda'i map a'i ffigurau.</translation>
    </message>
</context>
<context>
    <name>HarmHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="89" />
        <source>Crime points</source>
        <translation>Pwyntiau troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="161" />
        <source>Harm field</source>
        <translation>Maes niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="175" />
        <source>Crime type field</source>
        <translation>Maes math o drosedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="181" />
        <source>Harm table (CSV)</source>
        <translation>Tabl niwed (CSV)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Grid type</source>
        <translation>Math o grid</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Square (fishnet)</source>
        <translation>Sgwâr (rhwyd bysgota)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Hexagon</source>
        <translation>Hecsagon</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="105" />
        <source>Cell size (m, 0 = automatic)</source>
        <translation>Maint cell (m, 0 = awtomatig)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="110" />
        <source>Distance band (m, 0 = automatic)</source>
        <translation>Band pellter (m, 0 = awtomatig)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="118" />
        <source>Correct for multiple testing (FDR)</source>
        <translation>Cywiro ar gyfer profion lluosog (FDR)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="122" />
        <source>Study area boundary</source>
        <translation>Ffin yr ardal astudio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="141" />
        <source>Hot spot cells</source>
        <translation>Celloedd mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="390" />
        <source>Harm hot spots</source>
        <translation>Mannau problemus niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="42" />
        <source>Harm-weighted hot spots (Gi*)</source>
        <translation>Mannau problemus wedi'u pwysoli yn ôl niwed (Gi*)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="43" />
        <source>Hot spots</source>
        <translation>Mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="61" />
        <source>Aggregates crime points into a square or hexagon grid, weighting each crime by its harm, and tests the cells with the Getis–Ord Gi* statistic (binary distance-band weights, the cell itself included). gi_bin is −3..3: ±3 at 99 %, ±2 at 95 %, ±1 at 90 % confidence, with Benjamini–Hochberg false discovery rate correction when FDR is on. gi_z and gi_p are unadjusted.

Which cells are tested (ArcGIS Optimized Hot Spot Analysis): with no study area boundary, only cells holding at least one crime; with a boundary, every cell sharing area with it, empty cells included, and only crimes inside the boundary count.

Harm: a numeric harm field (a field called 'harm' is used when nothing else is chosen), or a crime-type field with a harm table (the shipped table when none is given); 'Count crimes' weighs every crime 1.

Automatic choices (cell size 0 → 150 m, the UK practice; distance band 0 → incremental spatial autocorrelation, the first significant peak of Moran's I) and a summary (crimes used and dropped, cells tested, FDR cut-offs, hot and cold cells, share of harm in hot cells) are written to the log and the output's metadata. Geographic input in Great Britain is reprojected to EPSG:27700 (OSTN15 when available; the log names the operation); at least 30 incidents are needed.</source>
        <translation>Yn crynhoi pwyntiau troseddau i grid o sgwariau neu hecsagonau, gan bwysoli pob trosedd yn ôl ei niwed, ac yn profi'r celloedd gydag ystadegyn Getis–Ord Gi* (pwysau band pellter deuaidd, gan gynnwys y gell ei hun). Mae gi_bin yn −3..3: ±3 ar hyder 99 %, ±2 ar 95 %, ±1 ar 90 %, gyda chywiriad cyfradd darganfod ffug Benjamini–Hochberg pan fydd FDR ymlaen. Nid yw gi_z a gi_p wedi'u haddasu.

Pa gelloedd a brofir (ArcGIS Optimized Hot Spot Analysis): heb ffin ardal astudio, dim ond celloedd sy'n dal o leiaf un drosedd; gyda ffin, pob cell sy'n rhannu arwynebedd â hi, gan gynnwys celloedd gwag, a dim ond troseddau y tu mewn i'r ffin sy'n cyfrif.

Niwed: maes niwed rhifol (defnyddir maes o'r enw 'harm' pan na ddewisir dim arall), neu faes math o drosedd gyda thabl niwed (y tabl a ddaw gyda'r ategyn pan na roddir un); mae 'Cyfrif troseddau' yn pwyso pob trosedd yn 1.

Dewisiadau awtomatig (maint cell 0 → 150 m, arfer y DU; band pellter 0 → awtogydberthyniad gofodol cynyddrannol, brig arwyddocaol cyntaf Moran's I) a chrynodeb (troseddau a ddefnyddiwyd ac a ollyngwyd, celloedd a brofwyd, trothwyon FDR, celloedd poeth ac oer, cyfran y niwed mewn celloedd poeth) yn cael eu hysgrifennu i'r log ac i fetadata'r allbwn. Mae mewnbwn daearyddol ym Mhrydain Fawr yn cael ei ail-daflunio i EPSG:27700 (OSTN15 pan fydd ar gael; mae'r log yn enwi'r weithred); mae angen o leiaf 30 digwyddiad.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="89" />
        <source>One point per crime, e.g. the output of Import police.uk street crime CSV.</source>
        <translation>Un pwynt ar gyfer pob trosedd, e.e. allbwn Mewnforio CSV troseddau stryd police.uk.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="161" />
        <source>Numeric field with each crime's harm (e.g. 'harm' from the police.uk import). Left empty, a numeric field called 'harm' is used if the layer has one; otherwise choose a crime type field, or crimes are counted (with a warning).</source>
        <translation>Maes rhifol gyda niwed pob trosedd (e.e. 'harm' o'r mewnforio police.uk). Os gadewir yn wag, defnyddir maes rhifol o'r enw 'harm' os oes gan yr haen un; fel arall dewiswch faes math o drosedd, neu cyfrifir troseddau (gyda rhybudd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="175" />
        <source>Field with the crime type, weighted through the harm table. Use instead of a harm field.</source>
        <translation>Maes gyda'r math o drosedd, wedi'i bwysoli drwy'r tabl niwed. Defnyddiwch yn lle maes niwed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="181" />
        <source>CSV crime_type,weight used with the crime type field; empty = the shipped approximate table.</source>
        <translation>CSV crime_type,weight a ddefnyddir gyda'r maes math o drosedd; gwag = y tabl bras a ddaw gyda'r ategyn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Square cells (UK practice) or hexagons (cell size = distance between hexagon centres).</source>
        <translation>Celloedd sgwâr (arfer y DU) neu hecsagonau (maint cell = y pellter rhwng canolau hecsagonau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="105" />
        <source>Cell edge in metres. 0 chooses 150 m, made coarser only for very large areas.</source>
        <translation>Ymyl y gell mewn metrau. Mae 0 yn dewis 150 m, wedi'i wneud yn frasach dim ond ar gyfer ardaloedd mawr iawn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="110" />
        <source>Cells whose centres are within this many metres are neighbours (the cell itself included). 0 chooses it by incremental spatial autocorrelation.</source>
        <translation>Mae celloedd y mae eu canolau o fewn y nifer hwn o fetrau yn gymdogion (gan gynnwys y gell ei hun). Mae 0 yn ei ddewis drwy awtogydberthyniad gofodol cynyddrannol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="118" />
        <source>Benjamini–Hochberg false discovery rate correction of the significance bins.</source>
        <translation>Cywiriad cyfradd darganfod ffug Benjamini–Hochberg i'r dosbarthiadau arwyddocâd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="122" />
        <source>Polygons where crime can happen (e.g. the force or district area). Given: every cell sharing area with it is tested, empty cells included, and crimes outside it are left out and counted. Not given: only cells holding at least one crime are tested.</source>
        <translation>Polygonau lle gall troseddu ddigwydd (e.e. ardal yr heddlu neu'r ardal blismona). Os rhoddir: profir pob cell sy'n rhannu arwynebedd ag ef, gan gynnwys celloedd gwag, a gadewir troseddau y tu allan iddo allan a'u cyfrif. Os na roddir: dim ond celloedd sy'n dal o leiaf un drosedd a brofir.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="215" />
        <source>Count crimes (ignore harm)</source>
        <translation>Cyfrif troseddau (anwybyddu niwed)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="215" />
        <source>Weigh every crime 1 even when the layer has a harm field. The summary warns that the result counts crimes rather than weighing their harm.</source>
        <translation>Pwyso pob trosedd yn 1 hyd yn oed pan fydd gan yr haen faes niwed. Mae'r crynodeb yn rhybuddio bod y canlyniad yn cyfrif troseddau yn hytrach na phwyso eu niwed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="141" />
        <source>Grid cells with cell_id, n_crimes, harm, gi_z, gi_p, gi_bin, n_neighbours, harm_rank.</source>
        <translation>Celloedd grid gyda cell_id, n_crimes, harm, gi_z, gi_p, gi_bin, n_neighbours, harm_rank.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="148" />
        <source>Cell size used (m)</source>
        <translation>Maint cell a ddefnyddiwyd (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="149" />
        <source>Distance band used (m)</source>
        <translation>Band pellter a ddefnyddiwyd (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="150" />
        <source>Cells tested</source>
        <translation>Celloedd a brofwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="151" />
        <source>Hot cells (95 % or more)</source>
        <translation>Celloedd poeth (95 % neu fwy)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="152" />
        <source>Share of harm in hot cells (%)</source>
        <translation>Cyfran y niwed mewn celloedd poeth (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="153" />
        <source>Cold cells (95 % or more)</source>
        <translation>Celloedd oer (95 % neu fwy)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="154" />
        <source>Incidents used</source>
        <translation>Digwyddiadau a ddefnyddiwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="157" />
        <source>Which cells were tested</source>
        <translation>Pa gelloedd a brofwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="243" />
        <source>Give either a harm field or a crime type field (with a harm table), not both.</source>
        <translation>Rhowch naill ai faes niwed neu faes math o drosedd (gyda thabl niwed), nid y ddau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="247" />
        <source>'Count crimes' ignores harm: leave the harm field and the crime type field empty, or untick it.</source>
        <translation>Mae 'Cyfrif troseddau' yn anwybyddu niwed: gadewch y maes niwed a'r maes math o drosedd yn wag, neu dad-diciwch ef.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="253" />
        <source>A harm table needs a crime type field: choose the field that holds the crime type.</source>
        <translation>Mae angen maes math o drosedd ar dabl niwed: dewiswch y maes sy'n dal y math o drosedd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="262" />
        <source>Harm: the layer's numeric field {} (used because no harm field, crime type field or 'Count crimes' was chosen).</source>
        <translation>Niwed: maes rhifol yr haen {} (fe'i defnyddiwyd am na ddewiswyd maes niwed, maes math o drosedd na 'Cyfrif troseddau').</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="270" />
        <source>Harm: field {}.</source>
        <translation>Niwed: maes {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="274" />
        <source>Harm: crime type field {} weighted by {}.</source>
        <translation>Niwed: maes math o drosedd {} wedi'i bwysoli gan {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="280" />
        <source>Harm: none, every crime counts 1.</source>
        <translation>Niwed: dim, mae pob trosedd yn cyfrif yn 1.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="292" />
        <source>The crime layer is empty. Choose a layer with crime points.</source>
        <translation>Mae'r haen droseddau'n wag. Dewiswch haen gyda phwyntiau troseddau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="305" />
        <source>The crime layer</source>
        <translation>Yr haen droseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="304" />
        <source>Read the points through GDAL directly (whole file layer, no filter).</source>
        <translation>Darllenwyd y pwyntiau yn uniongyrchol drwy GDAL (haen y ffeil gyfan, dim hidlydd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="310" />
        <source>{} features have no geometry and were left out.</source>
        <translation>Nid oes geometreg gan {} nodwedd a chawsant eu gadael allan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="315" />
        <source>{} crimes have types missing from the harm table and were left out: {}. Add these types to the harm table to include them.</source>
        <translation>Mae gan {} trosedd fathau sydd ar goll o'r tabl niwed a chawsant eu gadael allan: {}. Ychwanegwch y mathau hyn at y tabl niwed i'w cynnwys.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="334" />
        <source>The boundary layer has no polygons. Choose a polygon layer with features.</source>
        <translation>Nid oes polygonau gan yr haen ffin. Dewiswch haen bolygonau gyda nodweddion.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Crimes reprojected</source>
        <translation>Troseddau wedi'u hail-daflunio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Boundary reprojected</source>
        <translation>Ffin wedi'i hail-daflunio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Study area</source>
        <translation>Ardal astudio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cell rule</source>
        <translation>Rheol y celloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cell size</source>
        <translation>Maint cell</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Distance band</source>
        <translation>Band pellter</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Moran's I by band</source>
        <translation>Moran's I yn ôl band</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Incidents dropped</source>
        <translation>Digwyddiadau a ollyngwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Total harm</source>
        <translation>Cyfanswm niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>FDR correction</source>
        <translation>Cywiriad FDR</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Hot cells by level</source>
        <translation>Celloedd poeth yn ôl lefel</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cold cells by level</source>
        <translation>Celloedd oer yn ôl lefel</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Hot cells (gi_bin ≥ 2)</source>
        <translation>Celloedd poeth (gi_bin ≥ 2)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cold cells (gi_bin ≤ −2)</source>
        <translation>Celloedd oer (gi_bin ≤ −2)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="61" />
        <source>Loaded into a project (run from the toolbox), the output also adds the print layout Hot spot map (Project ▸ Layouts): legend, scale bar, north arrow, attribution and the protective marking.</source>
        <translation>Pan gaiff ei lwytho i brosiect (wedi'i redeg o'r blwch offer), mae'r allbwn hefyd yn ychwanegu'r cynllun argraffu Map mannau problemus (Project ▸ Layouts): allwedd, bar graddfa, saeth y gogledd, priodoliad a'r marc diogelu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="188" />
        <source>Dask scheduler</source>
        <translation>Trefnydd Dask</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="134" />
        <source>Empty: Gi* in memory, in this process. local (a Dask cluster on this computer) or an address such as tcp://host:8786: the grid (square or hexagon) is computed in tiles with a halo of the band's reach, giving the same numbers, for national grids. Needs the Python packages dask and distributed.</source>
        <translation>Gwag: Gi* yn y cof, yn y broses hon. local (clwstwr Dask ar y cyfrifiadur hwn) neu gyfeiriad fel tcp://host:8786: cyfrifir y grid (sgwâr neu hecsagon) mewn teils gydag ymyl cyrhaeddiad y band, gan roi'r un rhifau, ar gyfer gridiau cenedlaethol. Mae angen y pecynnau Python dask a distributed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="210" />
        <source>Gi* in tiles on {where}.</source>
        <translation>Gi* mewn teils ar {where}.</translation>
    </message>
</context>
<context>
    <name>ImportPoliceUkAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="47" />
        <source>police.uk street-level CSV</source>
        <translation>CSV lefel stryd police.uk</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="53" />
        <source>Harm table (CSV)</source>
        <translation>Tabl niwed (CSV)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="61" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="69" />
        <source>Records imported</source>
        <translation>Cofnodion a fewnforiwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="70" />
        <source>Records without coordinates</source>
        <translation>Cofnodion heb gyfesurynnau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="24" />
        <source>Import police.uk street crime CSV</source>
        <translation>Mewnforio CSV troseddau stryd police.uk</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="25" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="33" />
        <source>Reads a police.uk street-level crime CSV (data.police.uk) into a point layer in British National Grid (EPSG:27700) and gives every record a harm weight from its crime type.

Rows without coordinates are skipped and counted in the log. Crime types missing from the harm table keep an empty (NULL) harm and are counted in the log.

Coordinates go from WGS 84 to British National Grid by OSTN15 when PROJ's OSTN15 grid or the convertbng package is installed, otherwise by PROJ's Helmert transformation (about 2 m); the log and the layer's metadata name the operation used.

police.uk months have no day or time, and coordinates are snapped to anonymised map points: fine for 150 m cells, not for address-level work.

Contains public sector information licensed under the Open Government Licence v3.0.</source>
        <translation>Yn darllen CSV troseddau lefel stryd police.uk (data.police.uk) i haen bwyntiau yng Ngrid Cenedlaethol Prydain (EPSG:27700) ac yn rhoi pwysau niwed i bob cofnod o'i fath o drosedd.

Mae rhesi heb gyfesurynnau yn cael eu hepgor a'u cyfrif yn y log. Mae mathau o drosedd sydd ar goll o'r tabl niwed yn cadw niwed gwag (NULL) ac yn cael eu cyfrif yn y log.

Mae cyfesurynnau'n mynd o WGS 84 i Grid Cenedlaethol Prydain drwy OSTN15 pan fydd grid OSTN15 PROJ neu'r pecyn convertbng wedi'i osod, fel arall drwy drawsffurfiad Helmert PROJ (tua 2 m); mae'r log a metadata'r haen yn enwi'r weithred a ddefnyddiwyd.

Nid oes diwrnod nac amser ym misoedd police.uk, ac mae cyfesurynnau wedi'u snapio i bwyntiau map dienw: iawn ar gyfer celloedd 150 m, nid ar gyfer gwaith ar lefel cyfeiriad.

Yn cynnwys gwybodaeth sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="47" />
        <source>A street-level crime file as downloaded from data.police.uk (e.g. 2018-06-thames-valley-street.csv).</source>
        <translation>Ffeil troseddau lefel stryd fel y'i lawrlwythwyd o data.police.uk (e.e. 2018-06-thames-valley-street.csv).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="53" />
        <source>CSV with columns crime_type and weight (e.g. Cambridge Crime Harm Index days). Leave empty to use the shipped table, whose values are approximations: replace them with your force's own CCHI or ONS values.</source>
        <translation>CSV gyda'r colofnau crime_type a weight (e.e. dyddiau Mynegai Niwed Troseddau Caergrawnt). Gadewch yn wag i ddefnyddio'r tabl a ddaw gyda'r ategyn, y mae ei werthoedd yn frasamcanion: rhowch werthoedd CCHI neu ONS eich heddlu eich hun yn eu lle.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="61" />
        <source>Point layer in EPSG:27700 with crime_id, month, crime_type, location, lsoa_code, outcome and harm.</source>
        <translation>Haen bwyntiau yn EPSG:27700 gyda crime_id, month, crime_type, location, lsoa_code, outcome a harm.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="80" />
        <source>Harm table: {}</source>
        <translation>Tabl niwed: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="83" />
        <source>Read {:,} rows ({}).</source>
        <translation>Darllenwyd {:,} rhes ({}).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="84" />
        <source>Skipped {:,} rows without coordinates.</source>
        <translation>Hepgorwyd {:,} rhes heb gyfesurynnau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="86" />
        <source>Skipped {:,} rows whose coordinates are not valid numbers.</source>
        <translation>Hepgorwyd {:,} rhes nad yw eu cyfesurynnau'n rhifau dilys.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="91" />
        <source>{:,} records have crime types missing from the harm table, so their harm is empty (NULL): {}. Add them to the harm table.</source>
        <translation>Mae gan {:,} cofnod fathau o drosedd sydd ar goll o'r tabl niwed, felly mae eu niwed yn wag (NULL): {}. Ychwanegwch nhw at y tabl niwed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="105" />
        <source>Coordinates: {}.</source>
        <translation>Cyfesurynnau: {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="124" />
        <source>Imported {:,} records with coordinates.</source>
        <translation>Mewnforiwyd {:,} cofnod gyda chyfesurynnau.</translation>
    </message>
</context>
<context>
    <name>ImportTracksAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="128" />
        <source>Tracking export</source>
        <translation>Allforyn tracio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="128" />
        <source>Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)</source>
        <translation>Allforion tracio (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;Pob ffeil (*.*)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="149" />
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="203" />
        <source>Coordinates' CRS</source>
        <translation>CRS y cyfesurynnau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="212" />
        <source>Time zone of times without an offset</source>
        <translation>Cylchfa amser amseroedd heb wrthbwyso</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="240" />
        <source>Radio id → collar number lookup (CSV)</source>
        <translation>Tabl chwilio dynodydd radio → rhif coler (CSV)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="249" />
        <source>Pseudonymise officer ids</source>
        <translation>Ffugenwi dynodyddion swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="256" />
        <source>Maximum speed (km/h)</source>
        <translation>Cyflymder uchaf (km/h)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="264" />
        <source>Maximum accuracy error (m)</source>
        <translation>Gwall cywirdeb uchaf (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="459" />
        <source>Officer fixes</source>
        <translation>Safleoedd swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="470" />
        <source>Officer tracks</source>
        <translation>Traciau swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="312" />
        <source>Fixes read</source>
        <translation>Safleoedd a ddarllenwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="313" />
        <source>Fixes kept</source>
        <translation>Safleoedd a gadwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="314" />
        <source>Fixes dropped</source>
        <translation>Safleoedd a ollyngwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="315" />
        <source>Officers</source>
        <translation>Swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="67" />
        <source>Import officer tracks</source>
        <translation>Mewnforio traciau swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="68" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="128" />
        <source>One export file: app GPS or radio location CSV, GPX, GeoJSON points or NMEA log.</source>
        <translation>Un ffeil allforio: CSV GPS yr ap neu leoliad radio, GPX, pwyntiau GeoJSON neu log NMEA.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="149" />
        <source>auto recognises the format from the extension (.csv .gpx .geojson .nmea) or the first characters.</source>
        <translation>Mae auto yn adnabod y fformat o'r estyniad (.csv .gpx .geojson .nmea) neu'r nodau cyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Officer / radio id column</source>
        <translation>Colofn dynodydd swyddog / radio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the collar number, call sign or radio id (ISSI). Empty: guessed; if none is found the file name is the id.</source>
        <translation>Colofn gyda'r rhif coler, yr arwydd galw neu'r dynodydd radio (ISSI). Gwag: wedi'i ddyfalu; os na cheir un, enw'r ffeil yw'r dynodydd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Time column</source>
        <translation>Colofn amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the date and time. Empty: guessed. Two columns can be joined as 'Date + Time'.</source>
        <translation>Colofn gyda'r dyddiad a'r amser. Gwag: wedi'i ddyfalu. Gellir uno dwy golofn fel 'Date + Time'.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>X / longitude column</source>
        <translation>Colofn X / hydred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with longitude or easting. Empty: guessed.</source>
        <translation>Colofn gyda hydred neu ddwyreiniad. Gwag: wedi'i ddyfalu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Y / latitude column</source>
        <translation>Colofn Y / lledred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with latitude or northing. Empty: guessed.</source>
        <translation>Colofn gyda lledred neu ogleddiad. Gwag: wedi'i ddyfalu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="203" />
        <source>CRS of the coordinates in the file (default EPSG:4326, latitude/longitude). If it is geographic but the values are clearly eastings/northings, EPSG:27700 is used and the log says so.</source>
        <translation>CRS y cyfesurynnau yn y ffeil (rhagosodiad EPSG:4326, lledred/hydred). Os yw'n ddaearyddol ond bod y gwerthoedd yn amlwg yn ddwyreiniadau/gogleddiadau, defnyddir EPSG:27700 ac mae'r log yn dweud hynny.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="221" />
        <source>Date order</source>
        <translation>Trefn y dyddiad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="221" />
        <source>How to read slashed dates such as 07/04/2026. auto: day first (UK, 7 April) unless some dates only make sense month first (04/13/2026) and none only day first; a file with both kinds is refused. day first / month first: read so; dates valid only the other way are dropped and counted. The log says how many dates could be read either way and the order used.</source>
        <translation>Sut i ddarllen dyddiadau â slaes fel 07/04/2026. auto: y diwrnod yn gyntaf (DU, 7 Ebrill) oni bai mai dim ond gyda'r mis yn gyntaf y mae rhai dyddiadau'n gwneud synnwyr (04/13/2026) a dim un dim ond gyda'r diwrnod yn gyntaf; gwrthodir ffeil â'r ddau fath. y diwrnod yn gyntaf / y mis yn gyntaf: darllen felly; mae dyddiadau sy'n ddilys y ffordd arall yn unig yn cael eu gollwng a'u cyfrif. Mae'r log yn dweud faint o ddyddiadau y gellid eu darllen y naill ffordd neu'r llall a'r drefn a ddefnyddiwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="240" />
        <source>CSV with a radio id (ISSI) column and a collar number column. Ids not in it keep their radio id; how many is logged (the ids themselves never are).</source>
        <translation>CSV gyda cholofn dynodydd radio (ISSI) a cholofn rhif coler. Mae dynodyddion nad ydynt ynddo yn cadw eu dynodydd radio; cofnodir faint (ni chofnodir y dynodyddion eu hunain byth).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="249" />
        <source>Replace ids with keyed pseudonyms (P-…): the same officer gets the same pseudonym within this run, and runs cannot be linked. File names are replaced too.</source>
        <translation>Rhoi ffugenwau allweddog (P-…) yn lle dynodyddion: mae'r un swyddog yn cael yr un ffugenw o fewn y rhediad hwn, ac ni ellir cysylltu rhediadau. Mae enwau ffeiliau'n cael eu disodli hefyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="256" />
        <source>A fix that needs more than this speed to reach and to leave is a GPS jump and is dropped; 0 keeps all.</source>
        <translation>Mae safle sydd angen mwy na'r cyflymder hwn i'w gyrraedd ac i'w adael yn naid GPS ac yn cael ei ollwng; mae 0 yn cadw'r cyfan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="264" />
        <source>Fixes whose stated error (accuracy, or HDOP × 5 m) exceeds this are dropped; 0 keeps all.</source>
        <translation>Mae safleoedd y mae eu gwall datganedig (cywirdeb, neu HDOP × 5 m) yn fwy na hyn yn cael eu gollwng; mae 0 yn cadw'r cyfan.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="280" />
        <source>Cleaned fixes in EPSG:27700 with officer_id, t_utc (UTC), speed_kmh, heading, accuracy_m, source.</source>
        <translation>Safleoedd wedi'u glanhau yn EPSG:27700 gyda officer_id, t_utc (UTC), speed_kmh, heading, accuracy_m, source.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="105" />
        <source>Reads officer tracking exports — app GPS or radio location CSV, GPX 1.0/1.1, GeoJSON points or NMEA logs — into cleaned fixes in British National Grid (EPSG:27700) and one track line per officer per policing day (from the policing day start, 06:00 local by default).

Columns are recognised from common names (collar/officer/callsign/ISSI, timestamp/date+time, lat/lon or easting/northing, speed, heading, accuracy/HDOP); set the field parameters to override. Speeds are stored in km/h (NMEA knots and GPX m/s converted; a CSV speed column is read in the unit its name gives, else km/h).

{time_rules}

Coordinates must lie where their CRS and British National Grid are both usable (the CRS's area of use): a file with more than 1 % of its fixes outside stops the run with the count and an example, and says when x and y look swapped (e.g. latitude and longitude columns exchanged); fewer are dropped as strays. Degrees given with a projected CRS (or the reverse) are refused too.

Dropped fixes are counted by reason in the log: no id, no time, implausible time, bad coordinates (missing, 0,0, out of range), stray fixes outside the area of use, accuracy worse than the maximum, duplicates (same device and time) and jumps (a spike that needs more than the maximum speed to reach and leave). The log also gives the median and 90th percentile ping interval.

Further exports (MORE_INPUTS) are imported with the first, with one pseudonym key for all. A broken file stops the run with a message naming the file and line, and writes nothing — unless broken files are to be skipped: they are then reported in the log and the others imported. The Import tracks tool on the toolbar runs this algorithm.</source>
        <translation>Yn darllen allforion tracio swyddogion — CSV GPS yr ap neu leoliad radio, GPX 1.0/1.1, pwyntiau GeoJSON neu logiau NMEA — i safleoedd wedi'u glanhau yng Ngrid Cenedlaethol Prydain (EPSG:27700) ac un llinell trac ar gyfer pob swyddog ar gyfer pob diwrnod plismona (o ddechrau'r diwrnod plismona, 06:00 amser lleol yn ddiofyn).

Mae colofnau'n cael eu hadnabod o enwau cyffredin (collar/officer/callsign/ISSI, timestamp/date+time, lat/lon neu easting/northing, speed, heading, accuracy/HDOP); gosodwch baramedrau'r meysydd i'w diystyru. Mae cyflymderau'n cael eu storio mewn km/h (clymau NMEA a m/s GPX wedi'u trosi; darllenir colofn cyflymder CSV yn yr uned y mae ei henw'n ei rhoi, fel arall km/h).

{time_rules}

Rhaid i gyfesurynnau fod lle mae eu CRS a Grid Cenedlaethol Prydain ill dau'n ddefnyddiadwy (ardal defnydd y CRS): mae ffeil â mwy nag 1 % o'i safleoedd y tu allan yn atal y rhediad gyda'r nifer ac enghraifft, ac yn dweud pan fydd x ac y yn edrych wedi'u cyfnewid (e.e. colofnau lledred a hydred wedi'u cyfnewid); mae llai yn cael eu gollwng fel crwydriaid. Gwrthodir hefyd raddau a roddir gyda CRS tafluniedig (neu'r gwrthwyneb).

Mae safleoedd a ollyngwyd yn cael eu cyfrif yn ôl rheswm yn y log: dim dynodydd, dim amser, amser annhebygol, cyfesurynnau gwael (ar goll, 0,0, y tu allan i'r amrediad), safleoedd crwydr y tu allan i'r ardal defnydd, cywirdeb gwaeth na'r uchafswm, dyblygion (yr un ddyfais a'r un amser) a neidiau (pigyn sydd angen mwy na'r cyflymder uchaf i'w gyrraedd a'i adael). Mae'r log hefyd yn rhoi'r canolrif a'r 90fed canradd o'r egwyl rhwng pingiau.

Mae allforion pellach (MORE_INPUTS) yn cael eu mewnforio gyda'r cyntaf, gydag un allwedd ffugenw i bawb. Mae ffeil doredig yn atal y rhediad gyda neges sy'n enwi'r ffeil a'r llinell, ac nid yw'n ysgrifennu dim — oni bai bod ffeiliau toredig i'w hepgor: cânt eu hadrodd yn y log wedyn a mewnforir y lleill. Mae'r offeryn Mewnforio traciau ar y bar offer yn rhedeg yr algorithm hwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="139" />
        <source>Further exports</source>
        <translation>Allforion pellach</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="139" />
        <source>More export files imported with the first in one run (one pseudonym key for all, one set of outputs). The column mapping applies to every CSV and GeoJSON file.</source>
        <translation>Rhagor o ffeiliau allforio a fewnforir gyda'r cyntaf mewn un rhediad (un allwedd ffugenw i bawb, un set o allbynnau). Mae mapiad y colofnau'n berthnasol i bob ffeil CSV a GeoJSON.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Speed column</source>
        <translation>Colofn cyflymder</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the speed (read in the unit its name gives, else km/h). Empty: guessed.</source>
        <translation>Colofn gyda'r cyflymder (wedi'i darllen yn yr uned y mae ei henw'n ei rhoi, fel arall km/h). Gwag: wedi'i ddyfalu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Heading column</source>
        <translation>Colofn cyfeiriad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the heading in degrees. Empty: guessed.</source>
        <translation>Colofn gyda'r cyfeiriad mewn graddau. Gwag: wedi'i ddyfalu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Accuracy column</source>
        <translation>Colofn cywirdeb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the stated error in metres, or HDOP. Empty: guessed.</source>
        <translation>Colofn gyda'r gwall datganedig mewn metrau, neu HDOP. Gwag: wedi'i ddyfalu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="212" />
        <source>IANA time zone for local times in the file (Europe/London: GMT in winter, BST in summer); the policing days of the track lines are in this zone too.</source>
        <translation>Cylchfa amser IANA ar gyfer amseroedd lleol yn y ffeil (Europe/London: GMT yn y gaeaf, BST yn yr haf); mae diwrnodau plismona'r llinellau trac yn y gylchfa hon hefyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="230" />
        <source>Policing day starts at (HH:MM)</source>
        <translation>Mae'r diwrnod plismona'n dechrau am (HH:MM)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="230" />
        <source>Local time when the policing day starts: each track line is one officer's fixes from then to the same time the next day (as Dwell and compliance splits visits).</source>
        <translation>Amser lleol pan fydd y diwrnod plismona'n dechrau: mae pob llinell trac yn safleoedd un swyddog o'r adeg honno hyd at yr un amser y diwrnod wedyn (fel y mae Amser aros a chydymffurfiaeth yn rhannu ymweliadau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="270" />
        <source>Skip broken files (import the others)</source>
        <translation>Hepgor ffeiliau toredig (mewnforio'r lleill)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="270" />
        <source>With several exports: a file that cannot be read (or is refused for its coordinates or mixed date orders) is named in the log and left out, and the others are imported. Off: it stops the run.</source>
        <translation>Gyda sawl allforyn: mae ffeil na ellir ei darllen (neu a wrthodir oherwydd ei chyfesurynnau neu drefnau dyddiad cymysg) yn cael ei henwi yn y log a'i gadael allan, a mewnforir y lleill. I ffwrdd: mae'n atal y rhediad.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="288" />
        <source>One line per officer per policing day, split where fixes are more than 15 minutes apart, with officer_id, day, start_utc, end_utc, n_fixes, length_m. Optional: skipped when not set (e.g. qgis_process without OUTPUT_TRACKS).</source>
        <translation>Un llinell ar gyfer pob swyddog ar gyfer pob diwrnod plismona, wedi'i rhannu lle mae safleoedd fwy na 15 munud ar wahân, gyda officer_id, day, start_utc, end_utc, n_fixes, length_m. Dewisol: yn cael ei hepgor pan nad yw wedi'i gosod (e.e. qgis_process heb OUTPUT_TRACKS).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="316" />
        <source>Files not imported</source>
        <translation>Ffeiliau na fewnforiwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="321" />
        <source>Choose a tracking export file (INPUT).</source>
        <translation>Dewiswch ffeil allforio tracio (INPUT).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="375" />
        <source>The coordinates are eastings/northings in metres, not degrees, so they were read as {} instead of {}. Set the CRS if that is wrong.</source>
        <translation>Mae'r cyfesurynnau'n ddwyreiniadau/gogleddiadau mewn metrau, nid graddau, felly cawsant eu darllen fel {} yn lle {}. Gosodwch y CRS os yw hynny'n anghywir.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="394" />
        <source>Not imported: {}</source>
        <translation>Heb ei fewnforio: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="396" />
        <source>No usable fixes: {} Check the column mapping, the CRS and the limits.</source>
        <translation>Dim safleoedd defnyddiadwy: {} Gwiriwch fapiad y colofnau, y CRS a'r terfynau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="414" />
        <source>{:,} fixes could not be reprojected to {} (counted as bad coordinates): is the CRS right?</source>
        <translation>Nid oedd modd ail-daflunio {:,} safle i {} (wedi'u cyfrif fel cyfesurynnau gwael): ydy'r CRS yn gywir?</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="436" />
        <source>Wrote {:,} fixes and {:,} track lines (officer × policing day).</source>
        <translation>Ysgrifennwyd {:,} safle a {:,} llinell trac (swyddog × diwrnod plismona).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="436" />
        <source>Wrote {:,} fixes.</source>
        <translation>Ysgrifennwyd {:,} safle.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="300" />
        <source>Fixes as Parquet (folder)</source>
        <translation>Safleoedd fel Parquet (ffolder)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="300" />
        <source>Optional: the cleaned fixes also as Parquet in a new folder, one sub-folder per policing day (day=YYYY-MM-DD; officer_id, t_utc, x, y in EPSG:27700, speed_kmh), for Dwell and compliance on Dask or a data team's own tools. Needs the Python package pyarrow.</source>
        <translation>Dewisol: y safleoedd wedi'u glanhau hefyd fel Parquet mewn ffolder newydd, un is-ffolder ar gyfer pob diwrnod plismona (day=YYYY-MM-DD; officer_id, t_utc, x, y yn EPSG:27700, speed_kmh), ar gyfer Amser aros a chydymffurfiaeth ar Dask neu offer tîm data ei hun. Angen y pecyn Python pyarrow.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="503" />
        <source>Wrote the fixes as Parquet to {}: {:,} policing days.</source>
        <translation>Ysgrifennwyd y safleoedd fel Parquet i {}: {:,} diwrnod plismona.</translation>
    </message>
</context>
<context>
    <name>KoperAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="37" />
        <source>Residual deterrence (Koper curve)</source>
        <translation>Ataliaeth weddilliol (cromlin Koper)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="38" />
        <source>Trial evaluation</source>
        <translation>Gwerthuso treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="49" />
        <source>How long does a place stay free of crime after a patrol leaves, and does a longer stay buy more (Koper 1995)? From the visits of Dwell and compliance and timed crimes: visits in one place are joined over officers into presences (a pair is one presence); each presence is followed from its end to the first crime in the same place, censored at the start of the next presence there (unless switched off) and at the end of observation. Presences are grouped by length (default &lt; 5, 5–10, 10–15, 15–20, 20 min or more; half-open bands) and each band gets a Kaplan–Meier survival curve with its median and 95 % interval (statsmodels); a log-rank test compares the bands.
Outputs: OUTPUT, one row per band with band, length_low_min, length_high_min, presences, events, censored, mean_length_min, median_min, median_ci_low, median_ci_high (NULL when the curve never reaches one half); OUTPUT_CURVES, the curves' steps (band, time_min, at_risk, events, survival), starting at 0 minutes with survival 1. The log-rank chi-squared, degrees of freedom and p are the outputs CHI2, DF and P, and are in the log and metadata.</source>
        <translation>Am ba hyd y mae lle yn aros yn rhydd o droseddu ar ôl i batrôl adael, ac a yw arhosiad hirach yn prynu mwy (Koper 1995)? O ymweliadau Amser aros a chydymffurfiaeth a throseddau ag amser: mae ymweliadau mewn un lle yn cael eu huno dros swyddogion yn bresenoldebau (mae pâr yn un presenoldeb); dilynir pob presenoldeb o'i ddiwedd hyd at y drosedd gyntaf yn yr un lle, wedi'i sensro ar ddechrau'r presenoldeb nesaf yno (oni bai ei fod wedi'i ddiffodd) ac ar ddiwedd yr arsylwi. Mae presenoldebau'n cael eu grwpio yn ôl hyd (rhagosodiad &lt; 5, 5–10, 10–15, 15–20, 20 mun neu fwy; bandiau hanner agored) ac mae pob band yn cael cromlin oroesi Kaplan–Meier gyda'i chanolrif a chyfwng 95 % (statsmodels); mae prawf log-rank yn cymharu'r bandiau.
Allbynnau: OUTPUT, un rhes ar gyfer pob band gyda band, length_low_min, length_high_min, presences, events, censored, mean_length_min, median_min, median_ci_low, median_ci_high (NULL pan nad yw'r gromlin byth yn cyrraedd hanner); OUTPUT_CURVES, camau'r cromliniau (band, time_min, at_risk, events, survival), yn dechrau ar 0 munud gyda goroesiad 1. Y chi-sgwâr log-rank, y graddau rhyddid a p yw'r allbynnau CHI2, DF a P, ac maen nhw yn y log a'r metadata.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="65" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="65" />
        <source>Visits from Dwell and compliance: fence_id, start_utc, end_utc (UTC); officer_id optional.</source>
        <translation>Ymweliadau o Amser aros a chydymffurfiaeth: fence_id, start_utc, end_utc (UTC); officer_id yn ddewisol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="71" />
        <source>Geofences (places)</source>
        <translation>Geoffensys (lleoedd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="71" />
        <source>The places the visits name (fence_id): the crimes are placed in them.</source>
        <translation>Y lleoedd y mae'r ymweliadau'n eu henwi (fence_id): gosodir y troseddau ynddynt.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="77" />
        <source>Crime points with a date and time.</source>
        <translation>Pwyntiau troseddau gyda dyddiad ac amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="78" />
        <source>Visit length bands (minutes)</source>
        <translation>Bandiau hyd ymweliad (munudau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="78" />
        <source>Band limits in minutes: below the first, each interval, then the last or more.</source>
        <translation>Terfynau'r bandiau mewn munudau: o dan y cyntaf, pob cyfwng, yna'r olaf neu fwy.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="84" />
        <source>End of observation</source>
        <translation>Diwedd yr arsylwi</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="84" />
        <source>An ISO 8601 instant (e.g. 2026-05-25T06:00:00Z) after which nothing is known; empty: the last visit or crime.</source>
        <translation>Eiliad ISO 8601 (e.e. 2026-05-25T06:00:00Z) na wyddys dim ar ei hôl; gwag: yr ymweliad neu'r drosedd olaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="92" />
        <source>Stop following at the next visit</source>
        <translation>Stopio dilyn wrth yr ymweliad nesaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="92" />
        <source>After the next patrol arrives, its deterrence is measured, not this one's (Koper's rule).</source>
        <translation>Ar ôl i'r patrôl nesaf gyrraedd, ei ataliaeth ef a fesurir, nid un hwn (rheol Koper).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="99" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="99" />
        <source>IANA time zone of crime times without an offset.</source>
        <translation>Cylchfa amser IANA amseroedd troseddau heb wrthbwyso.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="165" />
        <source>Koper bands</source>
        <translation>Bandiau Koper</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="104" />
        <source>One row per visit length band: presences, crimes, censored, median time to the next crime.</source>
        <translation>Un rhes ar gyfer pob band hyd ymweliad: presenoldebau, troseddau, wedi'u sensro, canolrif yr amser hyd at y drosedd nesaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="177" />
        <source>Koper curves</source>
        <translation>Cromliniau Koper</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="110" />
        <source>Kaplan–Meier steps per band: time_min, at_risk, events, survival.</source>
        <translation>Camau Kaplan–Meier ar gyfer pob band: time_min, at_risk, events, survival.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="116" />
        <source>Log-rank chi-squared</source>
        <translation>Chi-sgwâr log-rank</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="116" />
        <source>Log-rank degrees of freedom</source>
        <translation>Graddau rhyddid log-rank</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="116" />
        <source>Log-rank p</source>
        <translation>p log-rank</translation>
    </message>
</context>
<context>
    <name>PeriodCompareAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="28" />
        <source>Is the change real? (compare two periods)</source>
        <translation>Ydy'r newid yn real? (cymharu dau gyfnod)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="29" />
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="43" />
        <source>Counts the crimes in each area (hot spot cells, fences, beats or wards) in a current and a previous period of equal length, and says whether the change is more than chance: current, previous, difference, pct_change = 100 × difference / previous (NULL when previous is 0 — never infinity) and p_value, the two-sided Poisson E-test of equal rates (Krishnamoorthy &amp; Thomson 2004; 6 against 2 gives p = 0.1749, not significant). Dates are inclusive ISO dates (YYYY-MM-DD) in local time; periods of unequal length or that overlap are refused. The whole-area totals and their test are in the log and the outputs. A small p says the rates differ; with many areas some small p-values happen by chance (1 in 20 below 0.05).</source>
        <translation>Yn cyfrif y troseddau ym mhob ardal (celloedd mannau problemus, ffensys, bitiau neu wardiau) mewn cyfnod presennol a chyfnod blaenorol o'r un hyd, ac yn dweud a yw'r newid yn fwy na siawns: current, previous, difference, pct_change = 100 × difference / previous (NULL pan fydd previous yn 0 — byth yn anfeidredd) a p_value, prawf E Poisson dwyochrog o gyfraddau cyfartal (Krishnamoorthy &amp; Thomson 2004; mae 6 yn erbyn 2 yn rhoi p = 0.1749, ddim yn arwyddocaol). Mae dyddiadau'n ddyddiadau ISO cynhwysol (YYYY-MM-DD) mewn amser lleol; gwrthodir cyfnodau o hyd anghyfartal neu sy'n gorgyffwrdd. Mae cyfansymiau'r ardal gyfan a'u prawf yn y log a'r allbynnau. Mae p bach yn dweud bod y cyfraddau'n wahanol; gyda llawer o ardaloedd mae rhai gwerthoedd p bach yn digwydd drwy siawns (1 mewn 20 o dan 0.05).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="55" />
        <source>Crime points</source>
        <translation>Pwyntiau troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="55" />
        <source>One point per crime, with its date-time.</source>
        <translation>Un pwynt ar gyfer pob trosedd, gyda'i dyddiad-amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="61" />
        <source>Date-time field</source>
        <translation>Maes dyddiad-amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="61" />
        <source>When each crime happened (date-time field or text; no offset = local time).</source>
        <translation>Pryd y digwyddodd pob trosedd (maes dyddiad-amser neu destun; dim gwrthbwyso = amser lleol).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="67" />
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="67" />
        <source>Polygons to count in: hot spot cells, fences, beats or wards. Their fields are kept.</source>
        <translation>Polygonau i gyfrif ynddynt: celloedd mannau problemus, ffensys, bitiau neu wardiau. Cedwir eu meysydd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Current period: first day</source>
        <translation>Cyfnod presennol: diwrnod cyntaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Current period: last day</source>
        <translation>Cyfnod presennol: diwrnod olaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Previous period: first day</source>
        <translation>Cyfnod blaenorol: diwrnod cyntaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Previous period: last day</source>
        <translation>Cyfnod blaenorol: diwrnod olaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="79" />
        <source>An ISO date (YYYY-MM-DD), inclusive. Both periods must have the same number of days.</source>
        <translation>Dyddiad ISO (YYYY-MM-DD), cynhwysol. Rhaid i'r ddau gyfnod fod â'r un nifer o ddiwrnodau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="83" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="83" />
        <source>IANA time zone of the days and of times without an offset.</source>
        <translation>Cylchfa amser IANA y diwrnodau ac amseroedd heb wrthbwyso.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="158" />
        <source>Period comparison</source>
        <translation>Cymharu cyfnodau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="86" />
        <source>The areas with current, previous, difference, pct_change and p_value.</source>
        <translation>Yr ardaloedd gyda current, previous, difference, pct_change a p_value.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Crimes in the current period</source>
        <translation>Troseddau yn y cyfnod presennol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Crimes in the previous period</source>
        <translation>Troseddau yn y cyfnod blaenorol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Change of the total (%)</source>
        <translation>Newid yn y cyfanswm (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>E-test p-value of the total</source>
        <translation>Gwerth p prawf E y cyfanswm</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Areas with p &lt; 0.05</source>
        <translation>Ardaloedd gyda p &lt; 0.05</translation>
    </message>
</context>
<context>
    <name>RouteOrderAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="99" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="105" />
        <source>Tasking schedule (optional)</source>
        <translation>Amserlen dasgau (dewisol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="112" />
        <source>Day (YYYY-MM-DD, with a schedule)</source>
        <translation>Diwrnod (YYYY-MM-DD, gydag amserlen)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="116" />
        <source>Shift (optional, with a schedule)</source>
        <translation>Shifft (dewisol, gydag amserlen)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="120" />
        <source>Road network (optional)</source>
        <translation>Rhwydwaith ffyrdd (dewisol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="126" />
        <source>Road topology tolerance (m)</source>
        <translation>Goddefiant topoleg ffyrdd (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="133" />
        <source>Start at fence_id (optional)</source>
        <translation>Dechrau yn fence_id (dewisol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="267" />
        <source>Route order</source>
        <translation>Trefn y daith</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="143" />
        <source>Route length (m)</source>
        <translation>Hyd y daith (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="144" />
        <source>Length in the input order (m)</source>
        <translation>Hyd yn nhrefn y mewnbwn (m)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="74" />
        <source>Route order for a day's places</source>
        <translation>Trefn y daith ar gyfer lleoedd y dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="75" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="88" />
        <source>Orders places to minimise travel as an open path (no return to the start). Places are the geofences, or — with a tasking schedule and a date — the places treated that day (optionally one shift). Distances are straight lines between fence centroids, or shortest paths along a road layer (QGIS network analysis, roads usable both ways) when one is given. Up to 8 places the order is exact; above, nearest neighbour from every start improved by 2-opt. The result is never longer than the input order (the schedule's visit order, or the layer's feature order). Output: one point per place at its centroid with visit_order, leg_m (from the previous place) and cumulative_m.</source>
        <translation>Yn trefnu lleoedd i leihau teithio fel llwybr agored (dim dychwelyd i'r dechrau). Y lleoedd yw'r geoffensys, neu — gydag amserlen dasgau a dyddiad — y lleoedd a driniwyd y diwrnod hwnnw (un shifft, yn ddewisol). Mae pellteroedd yn llinellau syth rhwng canolbwyntiau'r ffensys, neu'n llwybrau byrraf ar hyd haen ffyrdd (dadansoddi rhwydwaith QGIS, ffyrdd y gellir eu defnyddio'r ddwy ffordd) pan roddir un. Hyd at 8 lle mae'r drefn yn union; uwchben hynny, cymydog agosaf o bob man cychwyn wedi'i wella gan 2-opt. Nid yw'r canlyniad byth yn hirach na threfn y mewnbwn (trefn ymweld yr amserlen, neu drefn nodweddion yr haen). Allbwn: un pwynt ar gyfer pob lle yn ei ganolbwynt gyda visit_order, leg_m (o'r lle blaenorol) a cumulative_m.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="99" />
        <source>The places, with a fence_id field (and a name field when present).</source>
        <translation>Y lleoedd, gyda maes fence_id (a maes enw pan fydd yno).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="105" />
        <source>A schedule from Tasking schedule: with a date, only that day's treated places are ordered.</source>
        <translation>Amserlen o Amserlen dasgau: gyda dyddiad, dim ond lleoedd a driniwyd y diwrnod hwnnw a drefnir.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="112" />
        <source>The policing day whose treated places to order (needs the tasking schedule).</source>
        <translation>Y diwrnod plismona y mae ei leoedd a driniwyd i'w trefnu (angen yr amserlen dasgau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="116" />
        <source>Only places tasked in this shift, written as in the schedule (e.g. 06:00-14:00).</source>
        <translation>Dim ond lleoedd a dasgwyd yn y shifft hon, wedi'i hysgrifennu fel yn yr amserlen (e.e. 06:00-14:00).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="120" />
        <source>Lines to travel along; without it distances are straight lines between centroids.</source>
        <translation>Llinellau i deithio ar eu hyd; hebddynt mae pellteroedd yn llinellau syth rhwng canolbwyntiau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="126" />
        <source>Road ends closer than this are joined when the network is built (0 = exact match).</source>
        <translation>Mae pennau ffyrdd sy'n agosach na hyn yn cael eu huno pan adeiladir y rhwydwaith (0 = cyfateb yn union).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="133" />
        <source>Start the route at this place (e.g. nearest the station); otherwise any place may come first.</source>
        <translation>Dechrau'r daith yn y lle hwn (e.e. yr agosaf at yr orsaf); fel arall gall unrhyw le ddod yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="137" />
        <source>Centroids with fence_id, name, visit_order, leg_m, cumulative_m and input_order.</source>
        <translation>Canolbwyntiau gyda fence_id, name, visit_order, leg_m, cumulative_m ac input_order.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="157" />
        <source>The geofence layer has no fence_id field.</source>
        <translation>Nid oes maes fence_id gan yr haen geoffensys.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="158" />
        <source>The geofence layer</source>
        <translation>Yr haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="187" />
        <source>With a tasking schedule, give the day (YYYY-MM-DD) to order.</source>
        <translation>Gydag amserlen dasgau, rhowch y diwrnod (YYYY-MM-DD) i'w drefnu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="214" />
        <source>The schedule names fence_id(s) {} that the geofence layer lacks.</source>
        <translation>Mae'r amserlen yn enwi fence_id(s) {} nad ydynt yn yr haen geoffensys.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="220" />
        <source>No treated places on {} in shift {}.</source>
        <translation>Dim lleoedd a driniwyd ar {} yn y shifft {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="220" />
        <source>No treated places on {}.</source>
        <translation>Dim lleoedd a driniwyd ar {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="226" />
        <source>There are no places to order.</source>
        <translation>Does dim lleoedd i'w trefnu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="241" />
        <source>The start fence_id {} is not among the places ordered.</source>
        <translation>Nid yw'r fence_id cychwyn {} ymhlith y lleoedd a drefnwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>places</source>
        <translation>lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>distances</source>
        <translation>pellteroedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>method</source>
        <translation>dull</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>route length</source>
        <translation>hyd y daith</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>input order length</source>
        <translation>hyd trefn y mewnbwn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>day</source>
        <translation>diwrnod</translation>
    </message>
</context>
<context>
    <name>SetupAccessAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="111" />
        <source>PostGIS database (administrator's connection)</source>
        <translation>Cronfa ddata PostGIS (cysylltiad y gweinyddwr)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="121" />
        <source>Shared schema</source>
        <translation>Sgema a rennir</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="128" />
        <source>Restricted schema (raw survey responses)</source>
        <translation>Sgema cyfyngedig (ymatebion crai i'r arolwg)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="137" />
        <source>Role prefix</source>
        <translation>Rhagddodiad rolau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="144" />
        <source>Whom to ask for rights</source>
        <translation>Pwy i ofyn iddo am hawliau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="156" />
        <source>Analysts (login roles)</source>
        <translation>Dadansoddwyr (rolau mewngofnodi)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="161" />
        <source>Planners (login roles)</source>
        <translation>Cynllunwyr (rolau mewngofnodi)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="165" />
        <source>Viewers (login roles)</source>
        <translation>Gwylwyr (rolau mewngofnodi)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="169" />
        <source>Districts</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="179" />
        <source>District code field</source>
        <translation>Maes cod ardal blismona</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="188" />
        <source>District name field</source>
        <translation>Maes enw ardal blismona</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="197" />
        <source>Planner → districts</source>
        <translation>Cynllunydd → ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="207" />
        <source>Analyst group role</source>
        <translation>Rôl grŵp dadansoddwyr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="208" />
        <source>Planner group role</source>
        <translation>Rôl grŵp cynllunwyr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="209" />
        <source>Viewer group role</source>
        <translation>Rôl grŵp gwylwyr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="210" />
        <source>Geofence layers secured</source>
        <translation>Haenau geoffensys a ddiogelwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="70" />
        <source>Set up access (roles, districts, row-level security)</source>
        <translation>Gosod mynediad (rolau, ardaloedd, diogelwch lefel rhes)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="71" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="88" />
        <source>For a force's database administrator: sets up who may see and change what in a shared PostGIS schema, with PostgreSQL's own roles, grants and row-level security, so that the database enforces it for every client (QGIS with or without this plugin, psql, scripts).

Creates three group roles, &lt;prefix&gt;_analyst (creates layers, reads everything, edits every fence, reads raw survey responses), &lt;prefix&gt;_planner (edits the fences inside the districts assigned to them, reads the rest) and &lt;prefix&gt;_viewer (reads live fences and published outputs only), and makes the login roles you list members. In the shared schema it creates the tables districts (polygons), planner_districts (which login may edit which district) and access_settings, and secures every geofence layer in it (those made later with Create geofence layer are secured when made). A restricted schema (default &lt;schema&gt;_restricted) is created for raw survey responses: only analysts may use it. Whatever analysts create in the shared schema (e.g. Community survey overlay written to PostGIS) is readable by planners and viewers.

Run it with an administrator's connection (a role with CREATEROLE that owns the schema). It is safe to run again: it adds what is missing and re-applies the rules; it never drops a role, never revokes a membership, never creates login roles and never handles a password.</source>
        <translation>Ar gyfer gweinyddwr cronfa ddata heddlu: yn gosod pwy a gaiff weld a newid beth mewn sgema PostGIS a rennir, gyda rolau, caniatadau a diogelwch lefel rhes PostgreSQL ei hun, fel bod y gronfa ddata yn ei orfodi ar gyfer pob cleient (QGIS gyda'r ategyn hwn neu hebddo, psql, sgriptiau).

Yn creu tair rôl grŵp, &lt;prefix&gt;_analyst (yn creu haenau, yn darllen popeth, yn golygu pob ffens, yn darllen ymatebion crai i'r arolwg), &lt;prefix&gt;_planner (yn golygu'r ffensys y tu mewn i'r ardaloedd a neilltuwyd iddynt, yn darllen y gweddill) a &lt;prefix&gt;_viewer (yn darllen ffensys byw ac allbynnau cyhoeddedig yn unig), ac yn gwneud y rolau mewngofnodi a restrwch yn aelodau. Yn y sgema a rennir mae'n creu'r tablau districts (polygonau), planner_districts (pa fewngofnodwr a gaiff olygu pa ardal) ac access_settings, ac yn diogelu pob haen geoffensys ynddo (mae'r rhai a wneir yn ddiweddarach gyda Creu haen geoffensys yn cael eu diogelu pan gânt eu gwneud). Crëir sgema cyfyngedig (&lt;schema&gt;_restricted yn ddiofyn) ar gyfer ymatebion crai i'r arolwg: dim ond dadansoddwyr a gaiff ei ddefnyddio. Gall cynllunwyr a gwylwyr ddarllen beth bynnag y mae dadansoddwyr yn ei greu yn y sgema a rennir (e.e. Troshaen arolwg cymunedol a ysgrifennwyd i PostGIS).

Rhedwch ef gyda chysylltiad gweinyddwr (rôl gyda CREATEROLE sy'n berchen ar y sgema). Mae'n ddiogel ei redeg eto: mae'n ychwanegu'r hyn sydd ar goll ac yn ail-osod y rheolau; nid yw byth yn dileu rôl, byth yn dirymu aelodaeth, byth yn creu rolau mewngofnodi a byth yn trin cyfrinair.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="111" />
        <source>A saved PostgreSQL connection that logs in as the database administrator: a role with CREATEROLE that owns the schema (or is a member of its owner). Keep its credentials in an authentication configuration; the plugin never writes a password.</source>
        <translation>Cysylltiad PostgreSQL wedi'i gadw sy'n mewngofnodi fel gweinyddwr y gronfa ddata: rôl gyda CREATEROLE sy'n berchen ar y sgema (neu sy'n aelod o'i pherchennog). Cadwch ei fanylion mewngofnodi mewn ffurfweddiad dilysu; nid yw'r ategyn byth yn ysgrifennu cyfrinair.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="121" />
        <source>The existing schema planners and viewers share: geofence layers, districts and published outputs. Put nothing here that viewers may not read.</source>
        <translation>Y sgema sy'n bodoli y mae cynllunwyr a gwylwyr yn ei rannu: haenau geoffensys, ardaloedd ac allbynnau cyhoeddedig. Peidiwch â rhoi dim yma na chaiff gwylwyr ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="128" />
        <source>Schema only analysts may use, for raw survey responses and other personal data. Created when missing. Empty: &lt;shared schema&gt;_restricted.</source>
        <translation>Sgema y caiff dadansoddwyr yn unig ei ddefnyddio, ar gyfer ymatebion crai i'r arolwg a data personol arall. Fe'i crëir pan fydd ar goll. Gwag: &lt;shared schema&gt;_restricted.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="137" />
        <source>Start of the three group role names (&lt;prefix&gt;_analyst, &lt;prefix&gt;_planner, &lt;prefix&gt;_viewer), so that they do not clash with the roles of other databases on the same server, e.g. tvp_hotspot.</source>
        <translation>Dechrau enwau'r tair rôl grŵp (&lt;prefix&gt;_analyst, &lt;prefix&gt;_planner, &lt;prefix&gt;_viewer), fel nad ydynt yn gwrthdaro â rolau cronfeydd data eraill ar yr un gweinydd, e.e. tvp_hotspot.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="144" />
        <source>Who planners and viewers should contact when the database refuses an edit, e.g. 'GIS team, ext. 4321'. Shown in QGIS's message bar with the refusal.</source>
        <translation>Pwy y dylai cynllunwyr a gwylwyr gysylltu â nhw pan fydd y gronfa ddata yn gwrthod golygiad, e.e. 'Tîm GIS, est. 4321'. Fe'i dangosir ym mar negeseuon QGIS gyda'r gwrthodiad.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="169" />
        <source>Optional polygons to add to (or update in) the districts table, e.g. neighbourhood policing areas. Reprojected to EPSG:27700.</source>
        <translation>Polygonau dewisol i'w hychwanegu at y tabl ardaloedd (neu i'w diweddaru ynddo), e.e. ardaloedd plismona'r gymdogaeth. Wedi'u hail-daflunio i EPSG:27700.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="179" />
        <source>Field with each district's unique code (used in assignments).</source>
        <translation>Maes gyda chod unigryw pob ardal (a ddefnyddir mewn aseiniadau).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="188" />
        <source>Optional field with each district's name (kept in the districts table).</source>
        <translation>Maes dewisol gydag enw pob ardal (a gedwir yn y tabl districts).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="197" />
        <source>Optional assignments to add, as 'login: CODE, CODE; login: CODE', e.g. 'alice: N1, N2; bob: S1'. A role may be a team role too: its members may edit there. Assignments can also be edited in the planner_districts table.</source>
        <translation>Aseiniadau dewisol i'w hychwanegu, fel 'login: CODE, CODE; login: CODE', e.e. 'alice: N1, N2; bob: S1'. Gall rôl fod yn rôl tîm hefyd: caiff ei haelodau olygu yno. Gellir golygu aseiniadau hefyd yn y tabl planner_districts.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="218" />
        <source>Choose the administrator's connection and the shared schema.</source>
        <translation>Dewiswch gysylltiad y gweinyddwr a'r sgema a rennir.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="233" />
        <source>Choose the districts layer's code field (District code field).</source>
        <translation>Dewiswch faes cod haen yr ardaloedd (Maes cod ardal blismona).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="236" />
        <source>Setting up access in schema {} of {}.</source>
        <translation>Wrthi'n gosod mynediad yn sgema {} o {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="246" />
        <source>The database refused the set-up, nothing was changed: {}</source>
        <translation>Gwrthododd y gronfa ddata y gosod, ni newidiwyd dim: {}</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="256" />
        <source>Next: assign districts (planner_districts, or Planner → districts here), and give people's QGIS a connection with an authentication configuration for their own login.</source>
        <translation>Nesaf: neilltuwch ardaloedd (planner_districts, neu Cynllunydd → ardaloedd yma), a rhowch gysylltiad gyda ffurfweddiad dilysu ar gyfer eu mewngofnod eu hunain i QGIS pobl.</translation>
    </message>
</context>
<context>
    <name>SurveyOverlayAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="124" />
        <source>Survey responses</source>
        <translation>Ymatebion yr arolwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="130" />
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="136" />
        <source>Area code field</source>
        <translation>Maes cod ardal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="142" />
        <source>Area code field in the responses</source>
        <translation>Maes cod ardal yn yr ymatebion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="154" />
        <source>X / longitude field</source>
        <translation>Maes X / hydred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="163" />
        <source>Y / latitude field</source>
        <translation>Maes Y / lledred</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="169" />
        <source>Postcode field</source>
        <translation>Maes cod post</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="175" />
        <source>Postcode lookup (CSV)</source>
        <translation>Tabl chwilio codau post (CSV)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="184" />
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="193" />
        <source>Wave field</source>
        <translation>Maes ton</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="202" />
        <source>Minimum respondents per area</source>
        <translation>Isafswm ymatebwyr ym mhob ardal</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="210" />
        <source>Confidence level</source>
        <translation>Lefel hyder</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="218" />
        <source>Hot spot cells</source>
        <translation>Celloedd mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="252" />
        <source>Survey overlay</source>
        <translation>Troshaen arolwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="268" />
        <source>What was counted and left out</source>
        <translation>Beth a gyfrifwyd ac a adawyd allan</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="660" />
        <source>Community survey overlay</source>
        <translation>Troshaen arolwg cymunedol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="73" />
        <source>Community surveys</source>
        <translation>Arolygon cymunedol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="228" />
        <source>Response id field</source>
        <translation>Maes dynodydd ymateb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="242" />
        <source>Perturbation key file</source>
        <translation>Ffeil allwedd tarfu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="94" />
        <source>Aggregates community survey responses to areas (wards, LSOAs, geofences) so that what residents say can be set beside where harm is. Responses are linked to areas by an area code field, by X/Y coordinates (point in polygon; a point layer's own geometry when no link field is given) or by a postcode and a postcode lookup CSV (e.g. the ONS National Statistics Postcode Lookup).

Per area (and per wave): n_responses; for numeric questions the mean with a Student t confidence interval (mean ± t·s/√n); for text questions the most common answer and its share (%) with a Wilson score interval; with a wave field, the change in mean from the previous wave with a Welch interval. A numeric question's answer scale is inferred (the smallest of 1–5, 1–7, 1–10, 0–10 holding 90 % of answers other than don't-know codes such as 9, 99 or -1): answers off the scale (e.g. 9 on a 1–5 question), text in a numeric question, responses that match no area and bad postcodes are counted in the log, never dropped silently.

Suppression: an area with fewer than the minimum number of respondents has NULL in every value, n_responses included, and suppressed = true; a question answered by fewer people in an area is NULL too. Individual responses are never written or logged.

Disclosure control (the ONS cell key method used for Census 2021): every response gets a fixed random record key (a keyed hash of its id field, or of its whole row); every published count, mean and share gets small noise looked up from the sum of its responses' keys, so the same responses always get the same noise and two runs over overlapping area layers cannot be subtracted to reveal a suppressed area. Counts are within ±2 (never below the minimum), a mean within (scale width)/n of the true mean, a share within 100/n points; the intervals include the noise. Keep the perturbation key (a key file, or this QGIS profile's own key) the same for every run on a survey.

With hot spot cells, each area gets the harm of the cells overlapping it (area-weighted: a cell half inside gives half its harm) and, per numeric question, &lt;q&gt;_priority: areas split at the medians of harm and of the mean score (high score = high confidence): 4 = high harm and low score (priority place), 3 = high harm, high score, 2 = low harm, low score, 1 = low harm, high score.</source>
        <translation>Yn crynhoi ymatebion i arolygon cymunedol i ardaloedd (wardiau, LSOAs, geoffensys) fel y gellir gosod yr hyn y mae trigolion yn ei ddweud wrth ymyl lle mae niwed. Mae ymatebion yn cael eu cysylltu ag ardaloedd drwy faes cod ardal, drwy gyfesurynnau X/Y (pwynt mewn polygon; geometreg haen bwyntiau ei hun pan na roddir maes cysylltu) neu drwy god post a CSV chwilio codau post (e.e. National Statistics Postcode Lookup yr ONS).

Ar gyfer pob ardal (ac ar gyfer pob ton): n_responses; ar gyfer cwestiynau rhifol y cymedr gyda chyfwng hyder t Student (cymedr ± t·s/√n); ar gyfer cwestiynau testun yr ateb mwyaf cyffredin a'i gyfran (%) gyda chyfwng sgôr Wilson; gyda maes ton, y newid yn y cymedr o'r don flaenorol gyda chyfwng Welch. Mae graddfa ateb cwestiwn rhifol yn cael ei chasglu (y lleiaf o 1–5, 1–7, 1–10, 0–10 sy'n dal 90 % o'r atebion heblaw codau ddim yn gwybod fel 9, 99 neu -1): mae atebion oddi ar y raddfa (e.e. 9 ar gwestiwn 1–5), testun mewn cwestiwn rhifol, ymatebion nad ydynt yn cyfateb i unrhyw ardal a chodau post gwael yn cael eu cyfrif yn y log, byth yn cael eu gollwng yn dawel.

Atal: mae gan ardal â llai na'r isafswm o ymatebwyr NULL ym mhob gwerth, gan gynnwys n_responses, a suppressed = true; mae cwestiwn a atebwyd gan lai o bobl mewn ardal yn NULL hefyd. Nid yw ymatebion unigol byth yn cael eu hysgrifennu na'u cofnodi.

Rheoli datgelu (dull allwedd cell yr ONS a ddefnyddiwyd ar gyfer Cyfrifiad 2021): mae pob ymateb yn cael allwedd cofnod hap sefydlog (stwnsh allweddog o'i faes dynodydd, neu o'i res gyfan); mae pob nifer, cymedr a chyfran gyhoeddedig yn cael ychydig o sŵn a geir o swm allweddi ei ymatebion, felly mae'r un ymatebion bob amser yn cael yr un sŵn ac ni ellir tynnu dau rediad dros haenau ardaloedd sy'n gorgyffwrdd oddi wrth ei gilydd i ddatgelu ardal a ataliwyd. Mae niferoedd o fewn ±2 (byth o dan yr isafswm), cymedr o fewn (lled y raddfa)/n i'r gwir gymedr, cyfran o fewn 100/n pwynt; mae'r cyfyngau'n cynnwys y sŵn. Cadwch yr allwedd tarfu (ffeil allwedd, neu allwedd y proffil QGIS hwn ei hun) yr un fath ar gyfer pob rhediad ar arolwg.

Gyda chelloedd mannau problemus, mae pob ardal yn cael niwed y celloedd sy'n ei gorgyffwrdd (wedi'i bwysoli yn ôl arwynebedd: mae cell hanner y tu mewn yn rhoi hanner ei niwed) ac, ar gyfer pob cwestiwn rhifol, &lt;q&gt;_priority: ardaloedd wedi'u rhannu ar ganolrifau'r niwed a'r sgôr gymedrig (sgôr uchel = hyder uchel): 4 = niwed uchel a sgôr isel (lle blaenoriaeth), 3 = niwed uchel, sgôr uchel, 2 = niwed isel, sgôr isel, 1 = niwed isel, sgôr uchel.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="124" />
        <source>One row per response: a table (e.g. a CSV) or a point layer. It is only read, never changed.</source>
        <translation>Un rhes ar gyfer pob ymateb: tabl (e.e. CSV) neu haen bwyntiau. Dim ond ei darllen a wneir, ni chaiff byth ei newid.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="130" />
        <source>Polygons to aggregate to: wards, LSOAs or geofences.</source>
        <translation>Polygonau i grynhoi iddynt: wardiau, LSOAs neu geoffensys.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="136" />
        <source>Field of the area layer holding each area's code (e.g. LSOA11CD).</source>
        <translation>Maes haen yr ardaloedd sy'n dal cod pob ardal (e.e. LSOA11CD).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="142" />
        <source>Link by code: the responses' field holding the area code (matched trimmed and case-insensitive). Give this, or X/Y fields, or a postcode field with a lookup.</source>
        <translation>Cysylltu yn ôl cod: maes yr ymatebion sy'n dal cod yr ardal (wedi'i gyfateb wedi'i docio a heb ystyried priflythrennau). Rhowch hwn, neu feysydd X/Y, neu faes cod post gyda thabl chwilio.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="154" />
        <source>Link by coordinates: easting or longitude of each response. The responses' CRS is used when the layer has one, else WGS 84 when the values look like longitude/latitude, else British National Grid.</source>
        <translation>Cysylltu yn ôl cyfesurynnau: dwyreiniad neu hydred pob ymateb. Defnyddir CRS yr ymatebion pan fydd gan yr haen un, fel arall WGS 84 pan fydd y gwerthoedd yn edrych fel hydred/lledred, fel arall Grid Cenedlaethol Prydain.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="163" />
        <source>Link by coordinates: northing or latitude of each response (with the X field).</source>
        <translation>Cysylltu yn ôl cyfesurynnau: gogleddiad neu ledred pob ymateb (gyda'r maes X).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="169" />
        <source>Link by postcode: the responses' postcode (any case and spacing; invalid postcodes are counted).</source>
        <translation>Cysylltu yn ôl cod post: cod post yr ymatebion (unrhyw briflythrennau a bylchau; cyfrifir codau post annilys).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="175" />
        <source>CSV mapping postcodes to area codes, e.g. the ONS NSPL: the postcode column is pcds/postcode/pcd (else the first), the area column the one matching the area codes (or named like the area field).</source>
        <translation>CSV sy'n cysylltu codau post â chodau ardal, e.e. NSPL yr ONS: colofn y cod post yw pcds/postcode/pcd (fel arall y gyntaf), colofn yr ardal yw'r un sy'n cyfateb i'r codau ardal (neu a enwir fel maes yr ardal).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="184" />
        <source>One or more question fields. Numbers (e.g. confidence 1–5, high = confident) give means; text (e.g. agree/disagree, top priority) gives the most common answer and its share.</source>
        <translation>Un neu fwy o feysydd cwestiwn. Mae rhifau (e.e. hyder 1–5, uchel = hyderus) yn rhoi cymedrau; mae testun (e.e. cytuno/anghytuno, y flaenoriaeth bennaf) yn rhoi'r ateb mwyaf cyffredin a'i gyfran.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="193" />
        <source>Survey wave (round) of each response: the output then has one feature per area and wave, with the change from the previous wave.</source>
        <translation>Ton (rownd) yr arolwg ar gyfer pob ymateb: mae gan yr allbwn wedyn un nodwedd ar gyfer pob ardal a thon, gyda'r newid o'r don flaenorol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="202" />
        <source>Areas with fewer responses are suppressed: no value at all, not even the count.</source>
        <translation>Mae ardaloedd â llai o ymatebion yn cael eu hatal: dim gwerth o gwbl, nid hyd yn oed y nifer.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="210" />
        <source>Confidence level of the intervals, e.g. 0.95 for 95 %.</source>
        <translation>Lefel hyder y cyfyngau, e.e. 0.95 ar gyfer 95 %.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="218" />
        <source>Optional output of Harm-weighted hot spots (field harm): adds each area's harm and the priority-place class (high harm × low score).</source>
        <translation>Allbwn dewisol Mannau problemus wedi'u pwysoli yn ôl niwed (maes harm): yn ychwanegu niwed pob ardal a dosbarth y lle blaenoriaeth (niwed uchel × sgôr isel).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="228" />
        <source>Field with a unique, never-changing id per response (e.g. response_id). Each response's record key for the disclosure noise is a keyed hash of it; without it the whole row is hashed, so correcting an answer changes that response's key.</source>
        <translation>Maes gyda dynodydd unigryw nad yw byth yn newid ar gyfer pob ymateb (e.e. response_id). Stwnsh allweddog ohono yw allwedd cofnod pob ymateb ar gyfer y sŵn datgelu; hebddo caiff y rhes gyfan ei stwnshio, felly mae cywiro ateb yn newid allwedd yr ymateb hwnnw.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="242" />
        <source>A file holding a long random secret (at least 16 bytes) that fixes the disclosure noise. Keep it with the survey and use the same file for every run and on every computer that publishes from this survey: different keys give independent noise, which could be averaged away. Empty: this QGIS profile's own key (made once at random, kept in the profile's settings). Only the file's name is logged.</source>
        <translation>Ffeil sy'n dal cyfrinach hap hir (o leiaf 16 beit) sy'n pennu'r sŵn datgelu. Cadwch hi gyda'r arolwg a defnyddiwch yr un ffeil ar gyfer pob rhediad ac ar bob cyfrifiadur sy'n cyhoeddi o'r arolwg hwn: mae allweddi gwahanol yn rhoi sŵn annibynnol, y gellid ei gyfartalu i ffwrdd. Gwag: allwedd y proffil QGIS hwn ei hun (a wnaed unwaith ar hap, a gedwir yng ngosodiadau'r proffil). Dim ond enw'r ffeil a gofnodir.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="252" />
        <source>Areas with n_responses, suppressed and per question &lt;q&gt;_mean, &lt;q&gt;_ci_low, &lt;q&gt;_ci_high (numeric) or &lt;q&gt;_top, &lt;q&gt;_top_pct (text); NULL everywhere for suppressed areas.</source>
        <translation>Ardaloedd gyda n_responses, suppressed ac ar gyfer pob cwestiwn &lt;q&gt;_mean, &lt;q&gt;_ci_low, &lt;q&gt;_ci_high (rhifol) neu &lt;q&gt;_top, &lt;q&gt;_top_pct (testun); NULL ym mhobman ar gyfer ardaloedd a ataliwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="262" />
        <source>Areas (× waves) published</source>
        <translation>Ardaloedd (× tonnau) a gyhoeddwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="263" />
        <source>Areas (× waves) suppressed</source>
        <translation>Ardaloedd (× tonnau) a ataliwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="264" />
        <source>Responses matching no area (perturbed count)</source>
        <translation>Ymatebion nad ydynt yn cyfateb i unrhyw ardal (nifer wedi'i darfu)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="265" />
        <source>Answers off the scale or not numbers (whole survey)</source>
        <translation>Atebion oddi ar y raddfa neu nad ydynt yn rhifau (yr arolwg cyfan)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="280" />
        <source>Link responses one way only: an area code field, or X and Y fields, or a postcode field with a postcode lookup. Clear the others.</source>
        <translation>Cysylltwch ymatebion mewn un ffordd yn unig: maes cod ardal, neu feysydd X ac Y, neu faes cod post gyda thabl chwilio codau post. Cliriwch y lleill.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="287" />
        <source>Give both the X and the Y field to link responses by coordinates.</source>
        <translation>Rhowch y maes X a'r maes Y i gysylltu ymatebion yn ôl cyfesurynnau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="289" />
        <source>Linking by postcode needs both the postcode field and a postcode lookup CSV (e.g. the ONS National Statistics Postcode Lookup).</source>
        <translation>Mae cysylltu yn ôl cod post angen y maes cod post a CSV chwilio codau post (e.e. National Statistics Postcode Lookup yr ONS).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="298" />
        <source>Say how responses are linked to areas: choose the area code field in the responses, or X and Y fields, or a postcode field with a postcode lookup.</source>
        <translation>Dywedwch sut mae ymatebion yn cael eu cysylltu ag ardaloedd: dewiswch y maes cod ardal yn yr ymatebion, neu feysydd X ac Y, neu faes cod post gyda thabl chwilio codau post.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="349" />
        <source>Choose at least one question field. Fields available: {}.</source>
        <translation>Dewiswch o leiaf un maes cwestiwn. Meysydd ar gael: {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="406" />
        <source>The perturbation key file {} does not exist. Choose the key file kept with this survey, or leave the parameter empty to use this QGIS profile's key.</source>
        <translation>Nid yw'r ffeil allwedd tarfu {} yn bodoli. Dewiswch y ffeil allwedd a gedwir gyda'r arolwg hwn, neu gadewch y paramedr yn wag i ddefnyddio allwedd y proffil QGIS hwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="467" />
        <source>The responses have no CRS: their coordinates were read as {} ({}).</source>
        <translation>Nid oes CRS gan yr ymatebion: darllenwyd eu cyfesurynnau fel {} ({}).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="514" />
        <source>The survey response table is empty.</source>
        <translation>Mae tabl ymatebion yr arolwg yn wag.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="516" />
        <source>The area layer is empty. Choose a polygon layer with areas.</source>
        <translation>Mae haen yr ardaloedd yn wag. Dewiswch haen bolygonau gydag ardaloedd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="519" />
        <source>Choose the area code field. Fields available: {}.</source>
        <translation>Dewiswch y maes cod ardal. Meysydd ar gael: {}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="532" />
        <source>The area layer</source>
        <translation>Haen yr ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="562" />
        <source>Postcode lookup: postcode column {}, area column {}; {:,} rows ({:,} without a valid postcode).</source>
        <translation>Tabl chwilio codau post: colofn cod post {}, colofn ardal {}; {:,} rhes ({:,} heb god post dilys).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="582" />
        <source>No response could be linked to an area. Check that the link field holds the same kind of codes as the area code field (or that coordinates fall inside the areas).</source>
        <translation>Nid oedd modd cysylltu unrhyw ymateb ag ardal. Gwiriwch fod y maes cysylltu'n dal yr un math o godau â'r maes cod ardal (neu fod cyfesurynnau'n syrthio y tu mewn i'r ardaloedd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="611" />
        <source>Harm from {:,} hot spot cells, shared among areas by overlap area; priority classes split at the medians of harm and of each question's mean.</source>
        <translation>Niwed o {:,} cell man problemus, wedi'i rannu rhwng ardaloedd yn ôl arwynebedd y gorgyffwrdd; dosbarthiadau blaenoriaeth wedi'u rhannu ar ganolrifau'r niwed a chymedr pob cwestiwn.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="622" />
        <source>{:,} areas have no code in {}: they are shown as suppressed.</source>
        <translation>{:,} ardal heb god yn {}: fe'u dangosir fel rhai a ataliwyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Link</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Waves</source>
        <translation>Tonnau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Minimum respondents</source>
        <translation>Isafswm ymatebwyr</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Disclosure control</source>
        <translation>Rheoli datgelu</translation>
    </message>
</context>
<context>
    <name>TaskingScheduleAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="74" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="83" />
        <source>First day (YYYY-MM-DD)</source>
        <translation>Diwrnod cyntaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="89" />
        <source>Last day (YYYY-MM-DD)</source>
        <translation>Diwrnod olaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="95" />
        <source>Shifts</source>
        <translation>Shifftiau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="105" />
        <source>Share of places treated each day</source>
        <translation>Cyfran y lleoedd a driniwyd bob dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="115" />
        <source>Block field (optional)</source>
        <translation>Maes bloc (dewisol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="124" />
        <source>Patrols per treated place-day</source>
        <translation>Patrolau ar gyfer pob diwrnod lle a driniwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="133" />
        <source>Minutes per patrol</source>
        <translation>Munudau ar gyfer pob patrôl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="142" />
        <source>Minimum gap between patrols (min)</source>
        <translation>Bwlch lleiaf rhwng patrolau (mun)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="151" />
        <source>Washout days</source>
        <translation>Dyddiau clirio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="163" />
        <source>Random seed</source>
        <translation>Hedyn hap</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="174" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="183" />
        <source>Patrol taskings</source>
        <translation>Tasgau patrolio</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="184" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="261" />
        <source>Tasking schedule (seed {})</source>
        <translation>Amserlen dasgau (hedyn {})</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="41" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="74" />
        <source>The places to schedule: a polygon layer with a fence_id field (and harm, used for the balance report, when present). Selected features only is honoured.</source>
        <translation>Y lleoedd i'w hamserlennu: haen bolygonau gyda maes fence_id (a harm, a ddefnyddir ar gyfer yr adroddiad cydbwysedd, pan fydd yno). Parchir Nodweddion a ddewiswyd yn unig.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="83" />
        <source>The first policing day of the schedule, e.g. 2026-03-02.</source>
        <translation>Diwrnod plismona cyntaf yr amserlen, e.e. 2026-03-02.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="89" />
        <source>The last policing day of the schedule (inclusive).</source>
        <translation>Diwrnod plismona olaf yr amserlen (yn gynhwysol).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="95" />
        <source>Comma-separated HH:MM-HH:MM windows in local time; an end before the start crosses midnight and belongs to the day it starts. Prefix a team name with = (Early=06:00-14:00) to name the team; otherwise teams are Shift 1, Shift 2… Shifts may touch but not overlap.</source>
        <translation>Ffenestri HH:MM-HH:MM wedi'u gwahanu gan goma mewn amser lleol; mae diwedd cyn y dechrau yn croesi hanner nos ac yn perthyn i'r diwrnod y mae'n dechrau. Rhowch enw tîm a = o'i flaen (Early=06:00-14:00) i enwi'r tîm; fel arall y timau yw Shift 1, Shift 2… Caiff shifftiau gyffwrdd ond nid gorgyffwrdd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="105" />
        <source>Fraction of the places treated each day (0.5 = half). The daily count rounds up or down at random so the long-run share is exact and each day is within one place of the target.</source>
        <translation>Ffracsiwn y lleoedd a driniwyd bob dydd (0.5 = hanner). Mae'r nifer dyddiol yn talgrynnu i fyny neu i lawr ar hap fel bod y gyfran hirdymor yn union a phob diwrnod o fewn un lle i'r targed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="115" />
        <source>Randomise within the blocks this field defines (e.g. a harm tier), so each block has its share of treated places every day.</source>
        <translation>Hapddewis o fewn y blociau y mae'r maes hwn yn eu diffinio (e.e. haen niwed), fel bod gan bob bloc ei gyfran o leoedd a driniwyd bob dydd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="124" />
        <source>How many patrols a treated place gets on its day (3 × 15 min in Peterborough and Birmingham).</source>
        <translation>Faint o batrolau y mae lle a driniwyd yn eu cael ar ei ddiwrnod (3 × 15 mun yn Peterborough a Birmingham).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="133" />
        <source>Length of each patrol in minutes (the Koper curve suggests 11–15).</source>
        <translation>Hyd pob patrôl mewn munudau (mae cromlin Koper yn awgrymu 11–15).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="142" />
        <source>At least this many minutes from the end of one patrol at a place to the start of the next.</source>
        <translation>O leiaf y nifer hwn o funudau o ddiwedd un patrôl mewn lle hyd at ddechrau'r nesaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="151" />
        <source>Days after a treated day before an untreated place counts as control again (crossover designs); those days are marked 'washout'. 0 = none.</source>
        <translation>Diwrnodau ar ôl diwrnod a driniwyd cyn bod lle heb ei drin yn cyfrif fel rheolydd eto (dyluniadau croesi); mae'r diwrnodau hynny wedi'u marcio'n 'washout'. 0 = dim.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="163" />
        <source>The seed of the random draw. Keep it with the schedule: the same seed and inputs give the same schedule again.</source>
        <translation>Hedyn y tyniad hap. Cadwch ef gyda'r amserlen: mae'r un hedyn a'r un mewnbynnau'n rhoi'r un amserlen eto.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="58" />
        <source>Randomises every geofence, every policing day, to treatment (patrolled) or control, optionally within blocks (e.g. harm tiers), and gives each treated place-day its dose: a number of patrols of a set length at random times inside the shifts, a minimum gap apart (end of one to start of the next). A shift that crosses midnight belongs to the policing day it starts in. With a washout, a place not treated within that many days after a treated day is in arm 'washout' (neither tasked nor a control). The same inputs and seed give the identical schedule on any machine (NumPy PCG64; places drawn in fence_id order as text). Output: one row per patrol of a treated place-day and one row (no window, 0 minutes) per control place-day; date is a Date field and window_start, window_end DateTime fields in local time (Europe/London; files store the local wall clock, the convention every algorithm of the plugin reads them by). The log reports the balance between arms (place-days, harm) per block.</source>
        <translation>Yn hapddyrannu pob geoffens, bob diwrnod plismona, i driniaeth (patrolio) neu reolydd, o fewn blociau yn ddewisol (e.e. haenau niwed), ac yn rhoi ei dos i bob diwrnod lle a driniwyd: nifer o batrolau o hyd penodol ar amseroedd hap y tu mewn i'r shifftiau, bwlch lleiaf ar wahân (diwedd un hyd at ddechrau'r nesaf). Mae shifft sy'n croesi hanner nos yn perthyn i'r diwrnod plismona y mae'n dechrau ynddo. Gyda chyfnod clirio, mae lle heb ei drin o fewn y nifer hwnnw o ddiwrnodau ar ôl diwrnod a driniwyd yn y fraich 'washout' (heb dasg ac nid yn rheolydd). Mae'r un mewnbynnau a'r un hedyn yn rhoi'r un amserlen yn union ar unrhyw beiriant (NumPy PCG64; lleoedd wedi'u tynnu yn nhrefn fence_id fel testun). Allbwn: un rhes ar gyfer pob patrôl o ddiwrnod lle a driniwyd ac un rhes (dim ffenestr, 0 munud) ar gyfer pob diwrnod lle rheoli; mae date yn faes Date a window_start, window_end yn feysydd DateTime mewn amser lleol (Europe/London; mae ffeiliau'n storio amser y cloc lleol, y confensiwn y mae pob algorithm yn yr ategyn yn eu darllen wrtho). Mae'r log yn adrodd y cydbwysedd rhwng breichiau (diwrnodau lle, niwed) ar gyfer pob bloc.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="174" />
        <source>Table with task_id, date (Date), shift, fence_id, arm, window_start and window_end (DateTime, local time), minutes, visit_order, team and source.</source>
        <translation>Tabl gyda task_id, date (Date), shift, fence_id, arm, window_start a window_end (DateTime, amser lleol), minutes, visit_order, team a source.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="194" />
        <source>The geofence layer has no fence_id field. Use the output of Geofences from hot spots, or add a fence_id field with one value per fence.</source>
        <translation>Nid oes maes fence_id gan yr haen geoffensys. Defnyddiwch allbwn Geoffensys o fannau problemus, neu ychwanegwch faes fence_id gydag un gwerth ar gyfer pob ffens.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="210" />
        <source>A geofence has no fence_id. Give every fence an id.</source>
        <translation>Nid oes fence_id gan geoffens. Rhowch ddynodydd i bob ffens.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>places</source>
        <translation>lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>block field</source>
        <translation>maes bloc</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>patrol taskings</source>
        <translation>tasgau patrolio</translation>
    </message>
</context>
<context>
    <name>TrialAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="37" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="40" />
        <source>Date-time field</source>
        <translation>Maes dyddiad-amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="40" />
        <source>When each crime happened: a DateTime field or ISO 8601 text. Values without an offset are local wall-clock time in the time zone (as force records hold them); dates without a time are refused.</source>
        <translation>Pryd y digwyddodd pob trosedd: maes DateTime neu destun ISO 8601. Mae gwerthoedd heb wrthbwyso yn amser cloc lleol yn y gylchfa amser (fel y mae cofnodion heddlu'n eu dal); gwrthodir dyddiadau heb amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="54" />
        <source>Harm field</source>
        <translation>Maes niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="54" />
        <source>Optional harm weight of each crime (0 or more), e.g. the harm field of Import police.uk.</source>
        <translation>Pwysau niwed dewisol pob trosedd (0 neu fwy), e.e. maes harm Mewnforio police.uk.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="67" />
        <source>Policing day starts at (HH:MM)</source>
        <translation>Mae'r diwrnod plismona'n dechrau am (HH:MM)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="73" />
        <source>Time zone</source>
        <translation>Cylchfa amser</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="73" />
        <source>IANA time zone of the policing day and of date-times without an offset (Europe/London: GMT/BST).</source>
        <translation>Cylchfa amser IANA y diwrnod plismona a dyddiadau-amser heb wrthbwyso (Europe/London: GMT/BST).</translation>
    </message>
</context>
<context>
    <name>TrialEffectAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="82" />
        <source>Trial effect (rate ratio)</source>
        <translation>Effaith y treial (cymhareb cyfraddau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="83" />
        <source>Trial evaluation</source>
        <translation>Gwerthuso treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="96" />
        <source>Did harm fall where we patrolled? Intention-to-treat estimates from the place-day ledger: treatment versus control place-days, arm as allocated (washout and unscheduled days left out), each day's length as exposure.
Crimes: Poisson and negative binomial (NB2) models with a fixed effect per place; harm: Poisson quasi-likelihood with place fixed effects (consistent for any non-negative outcome). 95 % intervals and p_model from standard errors clustered by place (t with places − 1 degrees of freedom), fitted with statsmodels. p_randomisation: the allocation is redrawn PERMUTATIONS times with the schedule's own design — the same number treated per day and block, the washout rule inferred from the ledger — and p is the share of redraws whose rate ratio is as far from 1 as the observed one (two-sided, seeded: the same seed gives the same p). With fewer than 30 places clustered intervals are too narrow: judge by p_randomisation (the log says so).
Outputs: OUTPUT, one row per model with measure, outcome, model, estimate (rate ratio), ci_low, ci_high, p_model, p_randomisation, log_rr, se_log_rr, places, treated_days, control_days, treated_per_day, control_per_day, nb_alpha, permutations, seed. OUTPUT_DOSE: crimes and harm per place-day by bands of delivered minutes (descriptive — delivery was not randomised). OUTPUT_COMPLIERS (optional): tasked versus delivered minutes per place, and the background patrol minutes in control places.</source>
        <translation>A gwympodd niwed lle buom yn patrolio? Amcangyfrifon bwriad-i-drin o'r gofrestr lle-dydd: diwrnodau lle triniaeth yn erbyn rheoli, y fraich fel y'i dyrannwyd (gadewir diwrnodau clirio a heb eu hamserlennu allan), hyd pob diwrnod fel amlygiad.
Troseddau: modelau Poisson a binomaidd negatif (NB2) gydag effaith sefydlog ar gyfer pob lle; niwed: lled-debygolrwydd Poisson gydag effeithiau sefydlog lle (cyson ar gyfer unrhyw ganlyniad nad yw'n negatif). Cyfyngau 95 % a p_model o wallau safonol wedi'u clystyru yn ôl lle (t gyda lleoedd − 1 gradd rhyddid), wedi'u ffitio gyda statsmodels. p_randomisation: mae'r dyraniad yn cael ei ail-dynnu PERMUTATIONS o weithiau gyda dyluniad yr amserlen ei hun — yr un nifer wedi'u trin bob dydd a bloc, rheol y cyfnod clirio wedi'i chasglu o'r gofrestr — a p yw cyfran yr ail-dyniadau y mae eu cymhareb cyfraddau mor bell o 1 â'r un a arsylwyd (dwyochrog, gyda hedyn: mae'r un hedyn yn rhoi'r un p). Gyda llai na 30 lle mae cyfyngau wedi'u clystyru yn rhy gul: barnwch yn ôl p_randomisation (mae'r log yn dweud hynny).
Allbynnau: OUTPUT, un rhes ar gyfer pob model gyda measure, outcome, model, estimate (cymhareb cyfraddau), ci_low, ci_high, p_model, p_randomisation, log_rr, se_log_rr, places, treated_days, control_days, treated_per_day, control_per_day, nb_alpha, permutations, seed. OUTPUT_DOSE: troseddau a niwed ar gyfer pob diwrnod lle yn ôl bandiau o funudau a gyflawnwyd (disgrifiadol — ni hapddyrannwyd y cyflawni). OUTPUT_COMPLIERS (dewisol): munudau a dasgwyd yn erbyn munudau a gyflawnwyd ar gyfer pob lle, a munudau patrolio cefndir mewn lleoedd rheoli.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="117" />
        <source>Place-day ledger</source>
        <translation>Cofrestr lle-dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="117" />
        <source>The table of Place-day ledger (fence_id, day, arm, crimes, harm, … day_hours, block).</source>
        <translation>Tabl Cofrestr lle-dydd (fence_id, day, arm, crimes, harm, … day_hours, block).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Crime counts (Poisson and negative binomial) or harm (Poisson quasi-likelihood).</source>
        <translation>Niferoedd troseddau (Poisson a binomaidd negatif) neu niwed (lled-debygolrwydd Poisson).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="129" />
        <source>Randomisation redraws</source>
        <translation>Ail-dyniadau hapddyrannu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="129" />
        <source>How many times the allocation is redrawn for the randomisation p-value (0: none; 2000 usual).</source>
        <translation>Sawl gwaith y caiff y dyraniad ei ail-dynnu ar gyfer y gwerth p hapddyrannu (0: dim; 2000 yn arferol).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="137" />
        <source>Seed</source>
        <translation>Hedyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="137" />
        <source>Seed of the redraws: the same seed gives the same p-value.</source>
        <translation>Hedyn yr ail-dyniadau: mae'r un hedyn yn rhoi'r un gwerth p.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Models for crimes</source>
        <translation>Modelau ar gyfer troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Poisson and negative binomial</source>
        <translation>Poisson a binomaidd negatif</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Poisson only</source>
        <translation>Poisson yn unig</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Crimes: both models (the negative binomial takes seconds longer) or Poisson alone. Harm is always Poisson quasi-likelihood.</source>
        <translation>Troseddau: y ddau fodel (mae'r binomaidd negatif yn cymryd eiliadau'n hirach) neu Poisson ar ei ben ei hun. Lled-debygolrwydd Poisson yw niwed bob amser.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="157" />
        <source>Dose bands (minutes)</source>
        <translation>Bandiau dos (munudau)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="157" />
        <source>Limits of the delivered-minute bands: exactly the first, then each interval, then above the last.</source>
        <translation>Terfynau bandiau'r munudau a gyflawnwyd: yn union y cyntaf, yna pob cyfwng, yna uwchben yr olaf.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="254" />
        <source>Trial effect</source>
        <translation>Effaith y treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="164" />
        <source>One row per model: rate ratio, 95 % interval, model and randomisation p-values.</source>
        <translation>Un rhes ar gyfer pob model: cymhareb cyfraddau, cyfwng 95 %, gwerthoedd p y model a'r hapddyrannu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="272" />
        <source>Dose–response</source>
        <translation>Dos–ymateb</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="170" />
        <source>Crimes and harm per place-day by delivered minutes (an association, not an effect).</source>
        <translation>Troseddau a niwed ar gyfer pob diwrnod lle yn ôl munudau a gyflawnwyd (cysylltiad, nid effaith).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="287" />
        <source>Tasked vs delivered per place</source>
        <translation>Tasgwyd yn erbyn cyflawnwyd fesul lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="176" />
        <source>The complier view: per place and in total, tasked and delivered minutes, background in controls.</source>
        <translation>Golwg y cydymffurfwyr: ar gyfer pob lle ac yn gyfan, munudau a dasgwyd ac a gyflawnwyd, cefndir yn y rheolyddion.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>Rate ratio (first model)</source>
        <translation>Cymhareb cyfraddau (model cyntaf)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>95 % interval, low</source>
        <translation>Cyfwng 95 %, isel</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>95 % interval, high</source>
        <translation>Cyfwng 95 %, uchel</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>Randomisation p-value</source>
        <translation>Gwerth p hapddyrannu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="285" />
        <source>The ledger has no delivered_min: no dose–response table.</source>
        <translation>Nid oes delivered_min yn y gofrestr: dim tabl dos–ymateb.</translation>
    </message>
</context>
<context>
    <name>TrialLedgerAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="202" />
        <source>Place-day ledger</source>
        <translation>Cofrestr lle-dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="39" />
        <source>Trial evaluation</source>
        <translation>Gwerthuso treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="48" />
        <source>The table every trial evaluation starts from: one row per place (geofence) per policing day of the trial — always places × days rows — with the arm as allocated by the schedule (treatment, control, washout, or 'not scheduled'), the crimes and harm in the place that day, the tasked minutes, the delivered minutes (patrol-minutes inside the tasked windows, a pair counted once, as Dwell and compliance measures them) and the background minutes (patrol-minutes by anyone in the place that whole day, so presence in control places — contamination — shows).
A policing day runs from the day start (06:00 by default, Europe/London) to the next day's: a crime at 05:59 counts on the previous day. Days when the clocks change are 23 or 25 hours long (day_hours), which the effect models use as exposure. Crimes are placed in every fence they lie in (outlines count as inside). The trial's days run from the schedule's first to its last date.
Output: fence_id, day, arm, crimes, harm (NULL without a harm field), tasked_min, delivered_min, background_min, visits, day_hours, and block when a block field is chosen (the randomisation test then redraws within blocks, as the schedule did). Counts of what was read, left out and every setting are in the log and the table's metadata.</source>
        <translation>Y tabl y mae pob gwerthusiad treial yn dechrau ohono: un rhes ar gyfer pob lle (geoffens) ar gyfer pob diwrnod plismona o'r treial — bob amser lleoedd × diwrnodau o resi — gyda'r fraich fel y'i dyrannwyd gan yr amserlen (treatment, control, washout, neu 'not scheduled'), y troseddau a'r niwed yn y lle y diwrnod hwnnw, y munudau a dasgwyd, y munudau a gyflawnwyd (munudau patrolio y tu mewn i'r ffenestri a dasgwyd, pâr wedi'i gyfrif unwaith, fel y mae Amser aros a chydymffurfiaeth yn eu mesur) a'r munudau cefndir (munudau patrolio gan unrhyw un yn y lle drwy'r dydd hwnnw, fel bod presenoldeb mewn lleoedd rheoli — halogiad — yn dangos).
Mae diwrnod plismona'n rhedeg o ddechrau'r diwrnod (06:00 yn ddiofyn, Europe/London) hyd at ddechrau'r diwrnod nesaf: mae trosedd am 05:59 yn cyfrif ar y diwrnod blaenorol. Mae diwrnodau pan fydd y clociau'n newid yn 23 neu 25 awr o hyd (day_hours), y mae'r modelau effaith yn eu defnyddio fel amlygiad. Gosodir troseddau ym mhob ffens y maent ynddi (mae amlinelliadau'n cyfrif fel y tu mewn). Mae diwrnodau'r treial yn rhedeg o ddyddiad cyntaf yr amserlen hyd at ei ddyddiad olaf.
Allbwn: fence_id, day, arm, crimes, harm (NULL heb faes niwed), tasked_min, delivered_min, background_min, visits, day_hours, a block pan ddewisir maes bloc (mae'r prawf hapddyrannu wedyn yn ail-dynnu o fewn blociau, fel y gwnaeth yr amserlen). Mae niferoedd yr hyn a ddarllenwyd, a adawyd allan a phob gosodiad yn y log ac ym metadata'r tabl.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="66" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="66" />
        <source>The trial's schedule from Tasking schedule: fence_id, date, arm (treatment, control, washout), window_start, window_end, minutes.</source>
        <translation>Amserlen y treial o Amserlen dasgau: fence_id, date, arm (treatment, control, washout), window_start, window_end, minutes.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="75" />
        <source>Geofences (places)</source>
        <translation>Geoffensys (lleoedd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="75" />
        <source>The trial's places: polygons with the fence_id the schedule names (else the feature id).</source>
        <translation>Lleoedd y treial: polygonau gyda'r fence_id y mae'r amserlen yn ei enwi (fel arall dynodydd y nodwedd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="81" />
        <source>Crime points with a date and time (and optionally a harm) of the trial.</source>
        <translation>Pwyntiau troseddau gyda dyddiad ac amser (a niwed yn ddewisol) y treial.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="82" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="82" />
        <source>Optional visits from Dwell and compliance (fence_id, start_utc, end_utc; officer_id): without them delivered and background minutes are 0.</source>
        <translation>Ymweliadau dewisol o Amser aros a chydymffurfiaeth (fence_id, start_utc, end_utc; officer_id): hebddynt mae'r munudau a gyflawnwyd a'r munudau cefndir yn 0.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="92" />
        <source>Local time the policing day starts (HH:MM); a crime before it counts on the previous day.</source>
        <translation>Amser lleol pan fydd y diwrnod plismona'n dechrau (HH:MM); mae trosedd cyn hynny'n cyfrif ar y diwrnod blaenorol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="95" />
        <source>Block field of the places</source>
        <translation>Maes bloc y lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="95" />
        <source>The fences' field the schedule was blocked by (Tasking schedule's block field): copied into the ledger as block, so Trial effect redraws the allocation within the same blocks.</source>
        <translation>Maes y ffensys y cafodd yr amserlen ei blocio yn ei ôl (maes bloc Amserlen dasgau): wedi'i gopïo i'r gofrestr fel block, fel bod Effaith y treial yn ail-dynnu'r dyraniad o fewn yr un blociau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="108" />
        <source>One row per place per policing day (fields in the help).</source>
        <translation>Un rhes ar gyfer pob lle ar gyfer pob diwrnod plismona (meysydd yn y cymorth).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="114" />
        <source>Place-days</source>
        <translation>Diwrnodau lle</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="114" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="114" />
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
</context>
<context>
    <name>TrialPowerAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="52" />
        <source>Trial power (minimum detectable effect)</source>
        <translation>Pŵer y treial (yr effaith leiaf y gellir ei chanfod)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="53" />
        <source>Trial evaluation</source>
        <translation>Gwerthuso treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="70" />
        <source>How big an effect can a trial detect? For a place-day design — PLACES places over DAYS days, a share TREATED_SHARE of them patrolled each day — analysed as Trial effect does (Poisson with place fixed effects, errors clustered by place, two-sided test at ALPHA): the smallest rate ratio found with POWER (80 %) probability, analytic, as a rate ratio and a percent reduction.
Give a base rate (mean crimes per place per policing day), or the crimes of a past period with the places (FENCES): each place's own rate, and — with a date-time field — the over-dispersion of daily counts within places, are taken from them (the past period is PAST_START to PAST_END, or the crimes' own span; without a date-time field all the crimes given count, over PAST_START to PAST_END, as for a police.uk month).
Simulation check: SIMULATIONS seeded trials of the same design with that effect planted, each analysed the same way; simulated_power should be within 10 % of POWER, and simulated_size (the false-positive rate with no effect) near ALPHA. With few or very unequal places they disagree, and the log says so.
Output: one row with places, days, treated_share, base_rate, dispersion, alpha, power, mde_rate_ratio, mde_reduction_pct, se_log_rr, simulated_power, simulated_size, simulations, seed.</source>
        <translation>Pa mor fawr yw'r effaith y gall treial ei chanfod? Ar gyfer dyluniad diwrnodau lle — PLACES lle dros DAYS diwrnod, cyfran TREATED_SHARE ohonynt wedi'u patrolio bob dydd — wedi'i ddadansoddi fel y mae Effaith y treial yn ei wneud (Poisson gydag effeithiau sefydlog lle, gwallau wedi'u clystyru yn ôl lle, prawf dwyochrog ar ALPHA): y gymhareb cyfraddau leiaf a ganfyddir gyda thebygolrwydd POWER (80 %), dadansoddol, fel cymhareb cyfraddau a gostyngiad canrannol.
Rhowch gyfradd sylfaen (troseddau cymedrig ar gyfer pob lle ar gyfer pob diwrnod plismona), neu droseddau cyfnod blaenorol gyda'r lleoedd (FENCES): cymerir cyfradd pob lle ei hun, a — gyda maes dyddiad-amser — gorwasgariad niferoedd dyddiol o fewn lleoedd, ohonynt (y cyfnod blaenorol yw PAST_START hyd at PAST_END, neu rychwant y troseddau eu hunain; heb faes dyddiad-amser mae'r holl droseddau a roddir yn cyfrif, dros PAST_START hyd at PAST_END, fel ar gyfer mis police.uk).
Gwiriad efelychu: SIMULATIONS treial â hedyn o'r un dyluniad gyda'r effaith honno wedi'i phlannu, pob un wedi'i ddadansoddi yr un ffordd; dylai simulated_power fod o fewn 10 % i POWER, a simulated_size (y gyfradd positif ffug heb effaith) yn agos at ALPHA. Gydag ychydig o leoedd neu leoedd anghyfartal iawn maen nhw'n anghytuno, ac mae'r log yn dweud hynny.
Allbwn: un rhes gyda places, days, treated_share, base_rate, dispersion, alpha, power, mde_rate_ratio, mde_reduction_pct, se_log_rr, simulated_power, simulated_size, simulations, seed.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="88" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="88" />
        <source>Places in the trial (with a base rate; with past crimes the fences count).</source>
        <translation>Lleoedd yn y treial (gyda chyfradd sylfaen; gyda throseddau blaenorol mae'r ffensys yn cyfrif).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="97" />
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="97" />
        <source>Policing days of the trial.</source>
        <translation>Diwrnodau plismona'r treial.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="98" />
        <source>Share treated each day</source>
        <translation>Cyfran a driniwyd bob dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="98" />
        <source>The schedule's treated share (0.5: half the places each day).</source>
        <translation>Cyfran driniedig yr amserlen (0.5: hanner y lleoedd bob dydd).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="106" />
        <source>Base rate (crimes per place per day)</source>
        <translation>Cyfradd sylfaen (troseddau y lle y dydd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="106" />
        <source>Mean crimes per place per policing day without patrols; ignored when past crimes are given.</source>
        <translation>Troseddau cymedrig ar gyfer pob lle ar gyfer pob diwrnod plismona heb batrolau; anwybyddir pan roddir troseddau blaenorol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="113" />
        <source>Optional crimes of a past period, to take each place's rate (and over-dispersion) from.</source>
        <translation>Troseddau dewisol cyfnod blaenorol, i gymryd cyfradd (a gorwasgariad) pob lle ohonynt.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="118" />
        <source>Geofences (places)</source>
        <translation>Geoffensys (lleoedd)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="118" />
        <source>With past crimes: the trial's places; each crime counts in the places it lies in.</source>
        <translation>Gyda throseddau blaenorol: lleoedd y treial; mae pob trosedd yn cyfrif yn y lleoedd y mae ynddynt.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="125" />
        <source>Past period: first day (YYYY-MM-DD)</source>
        <translation>Cyfnod a fu: diwrnod cyntaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="125" />
        <source>Past period: last day (YYYY-MM-DD)</source>
        <translation>Cyfnod a fu: diwrnod olaf (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="129" />
        <source>With past crimes: the period they cover (both ends inclusive); empty: the crimes' own span.</source>
        <translation>Gyda throseddau blaenorol: y cyfnod y maent yn ei gwmpasu (y ddau ben yn gynhwysol); gwag: rhychwant y troseddau eu hunain.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="133" />
        <source>Local time the policing day starts, for daily counts of past crimes.</source>
        <translation>Amser lleol pan fydd y diwrnod plismona'n dechrau, ar gyfer niferoedd dyddiol troseddau blaenorol.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="134" />
        <source>Alpha</source>
        <translation>Alffa</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="134" />
        <source>Two-sided significance level.</source>
        <translation>Lefel arwyddocâd ddwyochrog.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="135" />
        <source>Power</source>
        <translation>Pŵer</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="135" />
        <source>The power the effect must be found with.</source>
        <translation>Y pŵer y mae'n rhaid canfod yr effaith ag ef.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="138" />
        <source>Simulations</source>
        <translation>Efelychiadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="138" />
        <source>Simulated trials of the check (0: no check).</source>
        <translation>Treialon wedi'u hefelychu ar gyfer y gwiriad (0: dim gwiriad).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="148" />
        <source>Seed</source>
        <translation>Hedyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="148" />
        <source>Seed of the simulations.</source>
        <translation>Hedyn yr efelychiadau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="262" />
        <source>Trial power</source>
        <translation>Pŵer y treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="151" />
        <source>One row: the minimum detectable effect and its simulation check.</source>
        <translation>Un rhes: yr effaith leiaf y gellir ei chanfod a'i gwiriad efelychu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="157" />
        <source>Minimum detectable rate ratio</source>
        <translation>Cymhareb cyfraddau leiaf y gellir ei chanfod</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="157" />
        <source>Minimum detectable reduction (%)</source>
        <translation>Gostyngiad lleiaf y gellir ei ganfod (%)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="157" />
        <source>Simulated power</source>
        <translation>Pŵer wedi'i efelychu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="185" />
        <source>Past crimes were given without the places: choose the geofences (FENCES) too.</source>
        <translation>Rhoddwyd troseddau blaenorol heb y lleoedd: dewiswch y geoffensys (FENCES) hefyd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="201" />
        <source>Without a date-time field, give the past period's first and last days (PAST_START, PAST_END), e.g. the month a police.uk file covers.</source>
        <translation>Heb faes dyddiad-amser, rhowch ddiwrnod cyntaf ac olaf y cyfnod a fu (PAST_START, PAST_END), e.e. y mis y mae ffeil police.uk yn ei gwmpasu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="216" />
        <source>Give the number of places (PLACES) with the base rate.</source>
        <translation>Rhowch nifer y lleoedd (PLACES) gyda'r gyfradd sylfaen.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="225" />
        <source>Give a base rate (BASE_RATE, mean crimes per place per day) with PLACES, or the crimes of a past period (CRIMES) with the places (FENCES).</source>
        <translation>Rhowch gyfradd sylfaen (BASE_RATE, troseddau cymedrig y lle y dydd) gyda PLACES, neu droseddau cyfnod a fu (CRIMES) gyda'r lleoedd (FENCES).</translation>
    </message>
</context>
<context>
    <name>TrialReportAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="24" />
        <source>Trial report (PDF)</source>
        <translation>Adroddiad y treial (PDF)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="25" />
        <source>Trial evaluation</source>
        <translation>Gwerthuso treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="44" />
        <source>A three-page A4 PDF for the trial's readers, made with a QGIS print layout. Page 1: the design (places, days, arms, delivery, presence in control places), the balance of the allocation (treatment against control place-days: weekday mix, day length, and each place's level on its control days), and the effect estimates with their 95 % intervals as a table and a chart. Page 2: the dose–response chart and table (harm per place-day by delivered minutes) and the Koper curves with the bands' medians and the log-rank test. Page 3: a map of the treated and control areas with their rings (and the crimes, optional) beside the WDD and WDQ table.
Give the ledger of Place-day ledger; the effect tables of Trial effect (crimes and harm; when none is given both are estimated here with PERMUTATIONS redraws); the bands and curves of Koper; the table and the areas of Displacement; the row of Trial power (a line of the design). Parts not given are left out and the page says so. Charts are drawn with matplotlib. Output: the PDF (text is searchable).</source>
        <translation>PDF A4 tair tudalen ar gyfer darllenwyr y treial, wedi'i wneud gyda chynllun argraffu QGIS. Tudalen 1: y dyluniad (lleoedd, diwrnodau, breichiau, cyflawni, presenoldeb mewn lleoedd rheoli), cydbwysedd y dyraniad (diwrnodau lle triniaeth yn erbyn rheoli: cymysgedd dyddiau'r wythnos, hyd y diwrnod, a lefel pob lle ar ei ddiwrnodau rheoli), a'r amcangyfrifon effaith gyda'u cyfyngau 95 % fel tabl a siart. Tudalen 2: y siart a'r tabl dos–ymateb (niwed ar gyfer pob diwrnod lle yn ôl munudau a gyflawnwyd) a'r cromliniau Koper gyda chanolrifau'r bandiau a'r prawf log-rank. Tudalen 3: map o'r ardaloedd a driniwyd a'r ardaloedd rheoli gyda'u cylchoedd (a'r troseddau, yn ddewisol) wrth ymyl y tabl WDD a WDQ.
Rhowch gofrestr Cofrestr lle-dydd; tablau effaith Effaith y treial (troseddau a niwed; pan na roddir un amcangyfrifir y ddau yma gyda PERMUTATIONS ail-dyniad); bandiau a chromliniau Koper; tabl ac ardaloedd Dadleoli; rhes Pŵer y treial (llinell o'r dyluniad). Gadewir allan rannau na roddir ac mae'r dudalen yn dweud hynny. Lluniadir siartiau gyda matplotlib. Allbwn: y PDF (gellir chwilio'r testun).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="59" />
        <source>Place-day ledger</source>
        <translation>Cofrestr lle-dydd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="59" />
        <source>The table of Place-day ledger.</source>
        <translation>Tabl Cofrestr lle-dydd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="65" />
        <source>Trial effect tables</source>
        <translation>Tablau effaith y treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="65" />
        <source>Outputs of Trial effect (for crimes and for harm); empty: estimated here from the ledger.</source>
        <translation>Allbynnau Effaith y treial (ar gyfer troseddau ac ar gyfer niwed); gwag: wedi'u hamcangyfrif yma o'r gofrestr.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="71" />
        <source>Randomisation redraws</source>
        <translation>Ail-dyniadau hapddyrannu</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="71" />
        <source>When no effect table is given: redraws for the randomisation p-value.</source>
        <translation>Pan na roddir tabl effaith: ail-dyniadau ar gyfer y gwerth p hapddyrannu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="80" />
        <source>Seed</source>
        <translation>Hedyn</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="80" />
        <source>Seed of the redraws.</source>
        <translation>Hedyn yr ail-dyniadau.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Koper bands</source>
        <translation>Bandiau Koper</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The band table of Residual deterrence (OUTPUT).</source>
        <translation>Tabl bandiau Ataliaeth weddilliol (OUTPUT).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Koper curves</source>
        <translation>Cromliniau Koper</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The curves of Residual deterrence (OUTPUT_CURVES).</source>
        <translation>Cromliniau Ataliaeth weddilliol (OUTPUT_CURVES).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Displacement table</source>
        <translation>Tabl dadleoli</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The table of Displacement and diffusion.</source>
        <translation>Tabl Dadleoli a thryledu.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Trial power</source>
        <translation>Pŵer y treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The row of Trial power: the design's minimum detectable effect.</source>
        <translation>Rhes Pŵer y treial: effaith leiaf y dyluniad y gellir ei chanfod.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="94" />
        <source>Areas and rings</source>
        <translation>Ardaloedd a chylchoedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="94" />
        <source>The areas of Displacement and diffusion (OUTPUT_AREAS), for the map.</source>
        <translation>Ardaloedd Dadleoli a thryledu (OUTPUT_AREAS), ar gyfer y map.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="101" />
        <source>Crimes for the map</source>
        <translation>Troseddau ar gyfer y map</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="101" />
        <source>Optional crime points drawn on the map.</source>
        <translation>Pwyntiau troseddau dewisol a luniadir ar y map.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="108" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="108" />
        <source>The report's title.</source>
        <translation>Teitl yr adroddiad.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="112" />
        <source>Trial report</source>
        <translation>Adroddiad y treial</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="112" />
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="112" />
        <source>Where the PDF is written.</source>
        <translation>Lle yr ysgrifennir y PDF.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="184" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="192" />
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="141" />
        <source>The report's charts need the Python package matplotlib, which this QGIS's Python lacks. Install it (Debian/Ubuntu: sudo apt install python3-matplotlib; elsewhere: python -m pip install matplotlib) and restart QGIS.</source>
        <translation>Mae siartiau'r adroddiad angen y pecyn Python matplotlib, nad yw ar gael i Python y QGIS hwn. Gosodwch ef (Debian/Ubuntu: sudo apt install python3-matplotlib; mewn mannau eraill: python -m pip install matplotlib) ac ailgychwynnwch QGIS.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="167" />
        <source>Effects estimated for this report: {n} randomisation redraws, seed {seed}.</source>
        <translation>Effeithiau a amcangyfrifwyd ar gyfer yr adroddiad hwn: {n} ail-dyniad hapddyrannu, hedyn {seed}.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="203" />
        <source>Log-rank test: chi-squared {chi2}, {df} df, p {p}</source>
        <translation>Prawf log-rank: chi-sgwâr {chi2}, {df} gradd rhyddid, p {p}</translation>
    </message>
</context>
<context>
    <name>ValidateGeofencesAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="53" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="59" />
        <source>Minimum area (m²)</source>
        <translation>Arwynebedd lleiaf (m²)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="65" />
        <source>Maximum area (m²)</source>
        <translation>Arwynebedd mwyaf (m²)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="74" />
        <source>Allow overlapping fences</source>
        <translation>Caniatáu ffensys sy'n gorgyffwrdd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="78" />
        <source>Hot spot cells (optional)</source>
        <translation>Celloedd mannau problemus (dewisol)</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="88" />
        <source>Hot cell: minimum Gi* bin</source>
        <translation>Cell boeth: dosbarth Gi* lleiaf</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="169" />
        <source>Geofence problems</source>
        <translation>Problemau geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="104" />
        <source>Problems found</source>
        <translation>Problemau a ganfuwyd</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="29" />
        <source>Validate geofences</source>
        <translation>Dilysu geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="42" />
        <source>Checks a geofence layer and lists every problem, one row per problem (fence_id, problem, detail), with the problem's place as geometry: invalid geometry (self-intersections and other ring errors, with the place), no geometry, overlap with a live fence (edges may touch), area below the minimum or above the maximum, and — when a hot spot cell layer is given — a fence that covers no hot cell. Retired fences are checked only for valid geometry. Layers without a status field are taken as all live. A clean layer gives an empty output and the log says so. Nothing in the input is changed; the layer may be in an edit session (its unsaved edits are checked).</source>
        <translation>Yn gwirio haen geoffensys ac yn rhestru pob problem, un rhes ar gyfer pob problem (fence_id, problem, detail), gyda lle'r broblem fel geometreg: geometreg annilys (croestoriadau â'i hun a gwallau cylch eraill, gyda'r lle), dim geometreg, gorgyffwrdd â ffens fyw (caiff ymylon gyffwrdd), arwynebedd o dan yr isafswm neu uwchben yr uchafswm, a — pan roddir haen celloedd mannau problemus — ffens nad yw'n cwmpasu unrhyw gell boeth. Dim ond am geometreg ddilys y gwirir ffensys wedi ymddeol. Ystyrir bod haenau heb faes status i gyd yn fyw. Mae haen lân yn rhoi allbwn gwag ac mae'r log yn dweud hynny. Ni newidir dim yn y mewnbwn; caiff yr haen fod mewn sesiwn olygu (gwirir ei golygiadau heb eu cadw).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="53" />
        <source>The geofence layer to check (made by Create geofence layer or Geofences from hot spots).</source>
        <translation>Yr haen geoffensys i'w gwirio (a wnaed gan Creu haen geoffensys neu Geoffensys o fannau problemus).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="59" />
        <source>Fences smaller than this are reported (slivers left by editing). 0 = no minimum.</source>
        <translation>Adroddir am ffensys sy'n llai na hyn (llithriadau a adawyd gan olygu). 0 = dim isafswm.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="65" />
        <source>Fences larger than this are reported: too large to patrol on foot (a 150 m radius is about 70,700 m²). 0 = no maximum.</source>
        <translation>Adroddir am ffensys sy'n fwy na hyn: yn rhy fawr i'w patrolio ar droed (mae radiws 150 m tua 70,700 m²). 0 = dim uchafswm.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="74" />
        <source>When ticked, fences overlapping a live fence are not reported.</source>
        <translation>Pan fydd wedi'i dicio, nid adroddir am ffensys sy'n gorgyffwrdd â ffens fyw.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="78" />
        <source>The cell output of Harm-weighted hot spots. When given, draft and live fences that cover no hot cell are reported.</source>
        <translation>Allbwn celloedd Mannau problemus wedi'u pwysoli yn ôl niwed. Pan roddir ef, adroddir am ffensys drafft a byw nad ydynt yn cwmpasu unrhyw gell boeth.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="88" />
        <source>Cells with gi_bin at or above this count as hot: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence.</source>
        <translation>Mae celloedd â gi_bin ar y gwerth hwn neu uwch yn cyfrif fel rhai poeth: 1 = hyder 90 %, 2 = 95 %, 3 = 99 %.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="98" />
        <source>One row per problem: fence_id, problem, detail; geometry is the fence or the overlapping part.</source>
        <translation>Un rhes ar gyfer pob problem: fence_id, problem, detail; y geometreg yw'r ffens neu'r rhan sy'n gorgyffwrdd.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="112" />
        <source>The geofence layer</source>
        <translation>Yr haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="130" />
        <source>{:,} hot cells (gi_bin ≥ {}).</source>
        <translation>{:,} cell boeth (gi_bin ≥ {}).</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="135" />
        <source>The maximum area is below the minimum area. Swap them.</source>
        <translation>Mae'r arwynebedd mwyaf o dan yr arwynebedd lleiaf. Cyfnewidiwch nhw.</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="159" />
        <source>No problems: all {} fences pass every check. The output is empty.</source>
        <translation>Dim problemau: mae pob un o'r {} ffens yn pasio pob gwiriad. Mae'r allbwn yn wag.</translation>
    </message>
</context>
</TS>

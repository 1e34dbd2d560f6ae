<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>BackgroundRun</name>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="41" />
        <source>The job failed or was stopped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreateGeofenceLayerAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="103" />
        <source>GeoPackage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="111" />
        <source>PostGIS database (connection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="121" />
        <source>Schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="127" />
        <source>Table (layer) name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="140" />
        <source>Geofence layer</source>
        <translation>Haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="141" />
        <source>History table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="142" />
        <source>QGIS data provider (ogr or postgres)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="369" />
        <source>Create geofence layer</source>
        <translation>Creu haen geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="370" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="132" />
        <source>Fences to start with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="371" />
        <source>Creates an empty geofence layer for planners to draw and edit by hand, either in a GeoPackage (one analyst) or in a schema of a PostGIS database (several planners at once). Fields: fence_id (assigned by the database, never changes), name, rank, status (draft/live/retired), valid_from, valid_to, notes, edited_by, edited_at; polygons in EPSG:27700 (British National Grid). In PostGIS the table also has version (raised on every change) so that two planners editing the same fence get an edit-conflict error instead of one silently overwriting the other.

Next to the layer, in the same database, a table &lt;name&gt;_history records every insert, geometry change and delete (fence, user, time, old and new geometry) through database triggers; export it with Geofence change history. The form (status list, date pickers, read-only id and audit fields) and style are saved as the layer's default style, so the layer opens ready to edit.

To start from hot spots, give the output of Geofences from hot spots as 'Fences to start with': they are copied in as drafts (name and rank kept; fence_id assigned by the database).

Credentials: use a connection whose user name and password are kept in a QGIS authentication configuration (authcfg). The plugin never writes a password: not in its log, the layer's metadata, the results or the Processing history, and the layer it adds leaves the password out of its source (so it is not saved in projects; QGIS asks for it in a new session unless the connection uses an authentication configuration).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoPart</name>
    <message>
        <location filename=".class_attribute_strings.py" line="5" />
        <source>How to read this map</source>
        <translation>Sut i ddarllen y map hwn</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="6" />
        <source>Hot spot policing: building the demo</source>
        <translation>Plismona mannau problemus: yn creu'r demo</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="7" />
        <source>Load demo</source>
        <translation>Llwytho'r demo</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="8" />
        <source>Build a styled demo project for the invented town of Hollowford</source>
        <translation>Creu prosiect demo wedi'i steilio ar gyfer tref ddychmygol Hollowford</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="9" />
        <source>Hot spot policing</source>
        <translation>Plismona mannau problemus</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="10" />
        <source>Building the Hollowford demo…</source>
        <translation>Wrthi'n creu demo Hollowford…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="11" />
        <source>Hollowford is an invented town: every crime, officer and survey answer here is made up for training. Use the layer list on the left to switch layers on and off.</source>
        <translation>Tref ddychmygol yw Hollowford: mae pob trosedd, swyddog ac ateb i'r arolwg yma wedi'u dyfeisio ar gyfer hyfforddiant. Defnyddiwch y rhestr haenau ar y chwith i droi haenau ymlaen ac i ffwrdd.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="12" />
        <source>Harm, not counts</source>
        <translation>Niwed, nid niferoedd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="13" />
        <source>Each crime carries a harm weight: roughly the days in prison its starting sentence would be (a burglary weighs about 270, a shoplifting 1). A street with a few burglaries can matter more than one with many thefts. The shipped weights are approximations: forces should use their own.</source>
        <translation>Mae pwysau niwed i bob trosedd: yn fras, nifer y dyddiau yn y carchar y byddai ei dedfryd gychwynnol (mae bwrgleriaeth yn pwyso tua 270, dwyn o siop 1). Gall stryd ag ychydig o fwrgleriaethau fod yn bwysicach nag un â llawer o ladradau. Brasamcanion yw'r pwysau a ddaw gyda'r ategyn: dylai heddluoedd ddefnyddio eu rhai eu hunain.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="14" />
        <source>Hot spot cells and Gi* bins</source>
        <translation>Celloedd mannau problemus a dosbarthiadau Gi*</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="15" />
        <source>The town is cut into 150 m squares. For each square the Getis-Ord Gi* statistic asks: is the harm in this square and its neighbours much higher than across the whole town, more than chance would give? Dark red squares (bin 3) are hot spots at 99 % confidence, red (2) at 95 %, pink (1) at 90 %. Blue squares are cold spots; pale squares are nothing unusual. The bins are corrected for testing many squares at once (false discovery rate).</source>
        <translation>Mae'r dref wedi'i rhannu'n sgwariau 150 m. Ar gyfer pob sgwâr mae ystadegyn Getis-Ord Gi* yn gofyn: ydy'r niwed yn y sgwâr hwn a'i gymdogion yn llawer uwch nag ar draws y dref gyfan, yn fwy nag y byddai siawns yn ei roi? Mannau problemus ar lefel hyder 99 % yw'r sgwariau coch tywyll (dosbarth 3), coch (2) ar 95 %, pinc (1) ar 90 %. Mannau oer yw'r sgwariau glas; does dim byd anarferol am y sgwariau golau. Mae'r dosbarthiadau wedi'u cywiro ar gyfer profi llawer o sgwariau ar unwaith (cyfradd darganfod ffug).</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="16" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="17" />
        <source>Neighbouring hot squares are joined into geofences: the places officers are sent to patrol. Hot spot 1 holds the most harm.</source>
        <translation>Mae sgwariau poeth cyfagos yn cael eu huno'n geoffensys: y lleoedd y caiff swyddogion eu hanfon i'w patrolio. Man problemus 1 sydd â'r mwyaf o niwed.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="18" />
        <source>Dwell and compliance</source>
        <translation>Amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="19" />
        <source>Dwell is the time officers spent inside a geofence, worked out from their phone and radio positions. A short pass in a car is not a patrol; gaps in the positions count as no data, never as absent. Compliance compares the minutes tasked with the minutes delivered: green met, amber partly met, red not met. Some places are controls: deliberately not tasked that day.</source>
        <translation>Amser aros yw'r amser a dreuliodd swyddogion y tu mewn i geoffens, wedi'i gyfrifo o safleoedd eu ffonau a'u radios. Nid patrôl yw mynd heibio'n gyflym mewn car; mae bylchau yn y safleoedd yn cyfrif fel dim data, byth fel absenoldeb. Mae cydymffurfiaeth yn cymharu'r munudau a dasgwyd â'r munudau a gyflawnwyd: gwyrdd wedi'i fodloni, ambr wedi'i fodloni'n rhannol, coch heb ei fodloni. Lleoedd rheoli yw rhai lleoedd: yn fwriadol heb dasg y diwrnod hwnnw.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="20" />
        <source>The time slider</source>
        <translation>Y llithrydd amser</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="21" />
        <source>Open the Temporal Controller (the clock button on the map navigation toolbar) and press play. Officers move through one Friday; the crimes shown are thirteen weeks of crime placed at their time of day, so you can see the night-time economy build up after 21:00 and shoplifting in shop hours.</source>
        <translation>Agorwch y Rheolydd Amserol (Temporal Controller: y botwm cloc ar far offer llywio'r map) a phwyswch chwarae. Mae swyddogion yn symud drwy un dydd Gwener; mae'r troseddau a ddangosir yn dair wythnos ar ddeg o droseddu wedi'u gosod ar eu hamser o'r dydd, felly gallwch weld yr economi nos yn prysuro ar ôl 21:00, a dwyn o siopau yn ystod oriau siopa.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="22" />
        <source>3D view</source>
        <translation>Golwg 3D</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="23" />
        <source>Open View ▸ 3D Map Views ▸ New 3D Map View: hot spot cells rise in proportion to their harm.</source>
        <translation>Agorwch View ▸ 3D Map Views ▸ New 3D Map View: mae celloedd mannau problemus yn codi yn ôl eu niwed.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="24" />
        <source>What residents say</source>
        <translation>Beth mae trigolion yn ei ddweud</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="25" />
        <source>The survey layer shades wards by average confidence in local policing (1 to 5). Grey wards had too few respondents to show anything: their results are suppressed to protect the people who answered. High harm with low confidence marks priority places.</source>
        <translation>Mae haen yr arolwg yn lliwio wardiau yn ôl hyder cyfartalog mewn plismona lleol (1 i 5). Roedd rhy ychydig o ymatebwyr mewn wardiau llwyd i ddangos dim: mae eu canlyniadau wedi'u hatal er mwyn diogelu'r bobl a atebodd. Mae niwed uchel gyda hyder isel yn dangos lleoedd blaenoriaeth.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="26" />
        <source>Next: your own data</source>
        <translation>Nesaf: eich data eich hun</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="27" />
        <source>Open the Processing Toolbox, group Hot spot policing, and run the same steps on your force's data: import police.uk or your own crimes, harm-weighted hot spots, geofences, then tracks and taskings.</source>
        <translation>Agorwch y Blwch Offer Prosesu, grŵp Plismona mannau problemus, a rhedwch yr un camau ar ddata eich heddlu: mewnforio police.uk neu eich troseddau eich hun, mannau problemus wedi'u pwysoli yn ôl niwed, geoffensys, yna traciau a thasgau.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="28" />
        <source>Demo of {0} loaded: {1} layers.</source>
        <translation>Demo {0} wedi'i lwytho: {1} haen.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="29" />
        <source>Cancelled.</source>
        <translation>Wedi'i ganslo.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="30" />
        <source>The demo could not be built: {0}</source>
        <translation>Nid oedd modd creu'r demo: {0}</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="31" />
        <source>Not shown: {0}.</source>
        <translation>Heb eu dangos: {0}.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename=".class_attribute_strings.py" line="36" />
        <source>Low (below 2.5)</source>
        <translation>Isel (o dan 2.5)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="37" />
        <source>High (3.5 and over)</source>
        <translation>Uchel (3.5 a throsodd)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="38" />
        <source>Hollowford demo</source>
        <translation>Demo Hollowford</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="39" />
        <source>Tables</source>
        <translation>Tablau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="40" />
        <source>Not met (under 50 %)</source>
        <translation>Heb ei fodloni (o dan 50 %)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="41" />
        <source>Partly met</source>
        <translation>Wedi'i fodloni'n rhannol</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="42" />
        <source>Met</source>
        <translation>Wedi'i fodloni</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="43" />
        <source>Under 5 min</source>
        <translation>Llai na 5 mun</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="44" />
        <source>30 min and over</source>
        <translation>30 mun a throsodd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="45" />
        <source>Officer positions (time slider)</source>
        <translation>Safleoedd swyddogion (llithrydd amser)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="46" />
        <source>Officer tracks (day)</source>
        <translation>Traciau swyddogion (dydd)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="47" />
        <source>Crimes by time of day (13 weeks)</source>
        <translation>Troseddau yn ôl amser o'r dydd (13 wythnos)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="48" />
        <source>Geofences: dwell and compliance</source>
        <translation>Geoffensys: amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="49" />
        <source>Hot spot cells (Gi* bins)</source>
        <translation>Celloedd mannau problemus (dosbarthiadau Gi*)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="50" />
        <source>Survey: confidence in local policing</source>
        <translation>Arolwg: hyder mewn plismona lleol</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="51" />
        <source>Wards (invented)</source>
        <translation>Wardiau (dychmygol)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="52" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="53" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="54" />
        <source>Exception report</source>
        <translation>Adroddiad eithriadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="55" />
        <source>Exception summary</source>
        <translation>Crynodeb eithriadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="56" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="57" />
        <source>Officer {0}</source>
        <translation>Swyddog {0}</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="58" />
        <source>Could not open {0}</source>
        <translation>Nid oedd modd agor {0}</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="59" />
        <source>Hot spot policing demo: {0}</source>
        <translation>Demo plismona mannau problemus: {0}</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="60" />
        <source>The 3D view is not available in this QGIS.</source>
        <translation>Nid yw'r olwg 3D ar gael yn y QGIS hwn.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="32" />
        <source>Harm 0–1 (e.g. shoplifting, anti-social behaviour)</source>
        <translation>Niwed 0–1 (e.e. dwyn o siop, ymddygiad gwrthgymdeithasol)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="33" />
        <source>Harm 2–10 (e.g. theft, assault without injury)</source>
        <translation>Niwed 2–10 (e.e. dwyn, ymosod heb anaf)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="34" />
        <source>Harm 20–90 (e.g. criminal damage, weapons)</source>
        <translation>Niwed 20–90 (e.e. difrod troseddol, arfau)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="35" />
        <source>Harm over 100 (burglary, robbery)</source>
        <translation>Niwed dros 100 (bwrgleriaeth, ysbeilio)</translation>
    </message>
</context>
<context>
    <name>DemoSteps</name>
    <message>
        <location filename=".class_attribute_strings.py" line="61" />
        <source>Demo crimes with harm and times</source>
        <translation>Troseddau'r demo gyda niwed ac amseroedd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="62" />
        <source>Harm-weighted hot spots</source>
        <translation>Mannau problemus wedi'u pwysoli yn ôl niwed</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="63" />
        <source>Geofences around the hot spots</source>
        <translation>Geoffensys o amgylch y mannau problemus</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="64" />
        <source>Import app GPS tracks</source>
        <translation>Mewnforio traciau GPS yr ap</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="65" />
        <source>Import radio location reports</source>
        <translation>Mewnforio adroddiadau lleoliad radio</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="66" />
        <source>Merge app and radio fixes</source>
        <translation>Cyfuno safleoedd yr ap a'r radio</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="67" />
        <source>Merge app and radio tracks</source>
        <translation>Cyfuno traciau'r ap a'r radio</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="68" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="69" />
        <source>Dwell and compliance</source>
        <translation>Amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="70" />
        <source>Exception report</source>
        <translation>Adroddiad eithriadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="71" />
        <source>Community survey overlay</source>
        <translation>Troshaen arolwg cymunedol</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="72" />
        <source>cancelled</source>
        <translation>wedi'i ganslo</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="73" />
        <source>algorithm {0} is not installed</source>
        <translation>nid yw'r algorithm {0} wedi'i osod</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="74" />
        <source>needs {0}</source>
        <translation>angen {0}</translation>
    </message>
</context>
<context>
    <name>DwellComplianceAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="140" />
        <source>Tracked fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="145" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="150" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="158" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="158" />
        <source>Interpolated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="158" />
        <source>Points only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="168" />
        <source>Maximum gap between fixes (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="178" />
        <source>Minimum visit (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="188" />
        <source>Maximum patrol speed (km/h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="198" />
        <source>Fence buffer (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="209" />
        <source>Policing day starts at (HH:MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="477" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="479" />
        <source>Fences with dwell and compliance</source>
        <translation>Ffensys gydag amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="372" />
        <source>Dwell and compliance</source>
        <translation>Amser aros a chydymffurfiaeth</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="373" />
        <source>Tracks</source>
        <translation>Traciau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="374" />
        <source>Measures how long officers were in each geofence, from tracked fixes (officer_id and t_utc are required; speed_kmh is used when present), and compares it with taskings.
Interpolated: the straight segment between consecutive fixes of an officer (no more than the maximum gap apart) is clipped by the fence and its time shared in proportion to the length inside; a stationary pair inside counts fully. Points only: a segment counts only when both fixes are inside (a lower bound). Longer gaps are 'no data': neither present nor absent.
A visit is one officer's continuous presence in one fence within one policing day; visits shorter than the minimum visit are drive-throughs and count nowhere. Segments faster than the maximum speed are pass-through. officer_min sums over officers, patrol_min is the union (minutes with at least one officer present), dwell_min the mean minutes per visit.
Compliance: delivered minutes are the patrol minutes inside each tasking window; each tasking counts up to its own dose. Status: met (100 %), partly met, not met (0 % although tracked), no tasking, no data (no tracking at all during the fence's windows). Clock times in the taskings are Europe/London local time on the policing day.
The parameters used are written to the log and to both outputs' metadata.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExceptionReportAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="71" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="76" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="80" />
        <source>Window tolerance (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="169" />
        <source>Exception report</source>
        <translation>Adroddiad eithriadau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="171" />
        <source>Exception summary</source>
        <translation>Crynodeb eithriadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="375" />
        <source>Exception report (tasked vs delivered)</source>
        <translation>Adroddiad eithriadau (wedi'u tasgio yn erbyn wedi'u cyflawni)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="376" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="377" />
        <source>Compares each treated tasking with the visits measured from officers' tracks (the visits output of Dwell and compliance: fence_id, officer_id, start_utc, end_utc). Delivered minutes are the minutes inside the tasking's window (widened by the tolerance) when at least one officer was in the place — a pair counts once; officer_min sums officers. Status: met (delivered ≥ tasked), partly met (some), not met (none, although tracks exist that day), no data (no visit anywhere during that day's tasked windows: tracks missing or tracking off). Fence ids are matched as text. A second table sums tasked, delivered and shortfall minutes and counts statuses by day, shift and place.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FenceAroundHotspotTool</name>
    <message>
        <location filename=".class_attribute_strings.py" line="75" />
        <source>No hot cell (gi_bin ≥ 2) here: click inside a hot spot cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="76" />
        <source>Fence around hot spot</source>
        <translation>Ffens o amgylch man problemus</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="77" />
        <source>Click inside a hot spot cell to add a draft geofence around its hot cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="78" />
        <source>No geofence layer in the project: create one with Create geofence layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="79" />
        <source>Hot spot {rank}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="80" />
        <source>Draft fence added to {name}: {n} hot cells, {area:,.0f} m². Reshape it with the vertex tool, then save the layer's edits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="81" />
        <source>Could not add the fence to {name}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeofenceGuard</name>
    <message>
        <location filename=".class_attribute_strings.py" line="83" />
        <source>Geofence check</source>
        <translation>Gwiriad geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="84" />
        <source>Show problems</source>
        <translation>Dangos problemau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="85" />
        <source>Edit conflict</source>
        <translation>Gwrthdaro golygu</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="86" />
        <source>Keep my version</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="94" />
        <source>{name}: {summary} Your edits are saved as you chose; fix them in a later edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="95" />
        <source>{name}: another planner saved fence(s) {ids} after you started editing. Your edits were not saved and are still in the edit buffer. Compare, then keep yours (and save again) or undo them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="99" />
        <source>Problems in {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="100" />
        <source>Save again to overwrite fence(s) {ids} with your version; the history keeps both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="82" />
        <source>A rule of the database refused the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="87" />
        <source>your database administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="88" />
        <source>Compare with what is in the database, then keep yours (and save again) or undo them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="89" />
        <source>Save refused by the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="90" />
        <source>Planners insert, change and delete only the fences inside the districts assigned to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="91" />
        <source>Your database role may only read this layer: viewers read live fences, planners edit the fences of their districts, analysts edit all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="92" />
        <source>The database's row-level security refused the change: planners save only fences inside the districts assigned to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="93" />
        <source>Every change must say which version of the fence it was made from, so that no one's edit is overwritten unseen, and QGIS could not tell (the fences were changed before the plugin watched the layer, or it was opened without its default style).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="96" />
        <source>Fence(s) {ids}. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="97" />
        <source>Ask {ask} if you need this change, or undo it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="98" />
        <source>{name}: {fences}{rule} Your edits were not saved and are still in the edit buffer. {advice}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeofenceHistoryAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="54" />
        <source>Geofence layer</source>
        <translation>Haen geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="59" />
        <source>Only these fence ids (comma-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="65" />
        <source>Geometry of each row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="161" />
        <source>Geofence history</source>
        <translation>Hanes geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="80" />
        <source>Changes exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="378" />
        <source>Geofence change history</source>
        <translation>Hanes newidiadau geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="379" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="81" />
        <source>Changes overwritten by a later save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="380" />
        <source>Exports the change history of a geofence layer made by Create geofence layer: one row per insert, geometry change and delete, with fence_id, action, edited_by (the database user in PostGIS; in a GeoPackage the QGIS user who last edited the fence), edited_at (UTC), the fence's area before and after, and both geometries as WKT (old_wkt, new_wkt). The row's own geometry is the fence after the change (before it, for deletes), or the other way round. The history is read, never changed.

Overwritten edits (PostGIS): version is the fence's version the change made, based_on_version the version it was made from. A save made over a newer version than the one it was based on (a planner who chose Keep my version after an edit conflict) has overwrote = true, and each change it replaced without building on it has overwritten_by = the history_id of that save, so no edit is lost from view. The database refuses every other save based on an old version.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeofenceLayer</name>
    <message>
        <location filename=".class_attribute_strings.py" line="342" />
        <source>Geofence form and style (hot spot policing plugin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="343" />
        <source>Fence id (assigned on save)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="344" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="345" />
        <source>Rank (1 = most harm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="346" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="347" />
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="348" />
        <source>Valid to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="349" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="350" />
        <source>Last edited by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="351" />
        <source>Last edited at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="352" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="354" />
        <source>Status is draft, live or retired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="355" />
        <source>Valid to must not be before valid from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="356" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="357" />
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="358" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="353" />
        <source>Based on version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeofencesFromHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="60" />
        <source>Hot spot cells</source>
        <translation>Celloedd mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="66" />
        <source>Minimum Gi* bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="72" />
        <source>Keep the top N fences (0 = all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="78" />
        <source>Buffer (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="88" />
        <source>Simplify tolerance (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="98" />
        <source>Minimum area (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="382" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="112" />
        <source>Fences drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="113" />
        <source>Share of harm inside fences (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="114" />
        <source>Share of the area inside fences (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="381" />
        <source>Geofences from hot spots</source>
        <translation>Geoffensys o fannau problemus</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="383" />
        <source>Draws geofence polygons around hot spots: cells with gi_bin at or above the minimum bin are dissolved, contiguous cells (sharing an edge) forming one fence; an optional buffer allows for GPS error, outlines can be simplified and slivers dropped. Fences are ranked by harm (1 = most harm) and carry their harm, crimes, area and PAI (Prediction Accuracy Index: share of harm captured ÷ share of the study area covered; Chainey et al. 2008). The log states the share of harm and of area the fences capture.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HarmHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="73" />
        <source>Crime points</source>
        <translation>Pwyntiau troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="77" />
        <source>Harm field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="88" />
        <source>Crime type field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="94" />
        <source>Harm table (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="98" />
        <source>Grid type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="98" />
        <source>Square (fishnet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="98" />
        <source>Hexagon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="107" />
        <source>Cell size (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="117" />
        <source>Distance band (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="128" />
        <source>Correct for multiple testing (FDR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="132" />
        <source>Study area boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="139" />
        <source>Hot spot cells</source>
        <translation>Celloedd mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="257" />
        <source>Harm hot spots</source>
        <translation>Mannau problemus niwed</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="384" />
        <source>Harm-weighted hot spots (Gi*)</source>
        <translation>Mannau problemus wedi'u pwysoli yn ôl niwed (Gi*)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="385" />
        <source>Hot spots</source>
        <translation>Mannau problemus</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="386" />
        <source>Aggregates crime points into a square or hexagon grid, weighting each crime by its harm, and tests every cell with the Getis–Ord Gi* statistic (binary distance-band weights, the cell itself included; empty cells count). gi_bin is −3..3: ±3 at 99 %, ±2 at 95 %, ±1 at 90 % confidence, with Benjamini–Hochberg false discovery rate correction when FDR is on. gi_z and gi_p are unadjusted.

Harm: a numeric harm field, or a crime-type field with a harm table (the shipped table when none is given); with neither, every crime counts 1.

Automatic choices (cell size 0 → 150 m, the UK practice; distance band 0 → incremental spatial autocorrelation, the first significant peak of Moran's I) are written to the log. Geographic input in Great Britain is reprojected to EPSG:27700; at least 30 incidents are needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HotspotPlugin</name>
    <message>
        <location filename=".class_attribute_strings.py" line="339" />
        <source>Hot spot policing</source>
        <translation>Plismona mannau problemus</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="340" />
        <source>Harm hot spots…</source>
        <translation>Mannau problemus niwed…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="341" />
        <source>&amp;Hot spot policing</source>
        <translation>&amp;Plismona mannau problemus</translation>
    </message>
</context>
<context>
    <name>HotspotProvider</name>
    <message>
        <location filename=".class_attribute_strings.py" line="368" />
        <source>Hot spot policing</source>
        <translation>Plismona mannau problemus</translation>
    </message>
</context>
<context>
    <name>ImportPoliceUkAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="47" />
        <source>police.uk street-level CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="51" />
        <source>Harm table (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="57" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="61" />
        <source>Records imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="62" />
        <source>Records without coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="387" />
        <source>Import police.uk street crime CSV</source>
        <translation>Mewnforio CSV troseddau stryd police.uk</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="388" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="389" />
        <source>Reads a police.uk street-level crime CSV (data.police.uk) into a point layer in British National Grid (EPSG:27700) and gives every record a harm weight from its crime type.

Rows without coordinates are skipped and counted in the log. Crime types missing from the harm table keep an empty (NULL) harm and are counted in the log.

police.uk months have no day or time, and coordinates are snapped to anonymised map points: fine for 150 m cells, not for address-level work.

Contains public sector information licensed under the Open Government Licence v3.0.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportTracksAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="211" />
        <source>Tracking export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="211" />
        <source>Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="222" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="242" />
        <source>Coordinates' CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="249" />
        <source>Time zone of times without an offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="255" />
        <source>Radio id → collar number lookup (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="262" />
        <source>Pseudonymise officer ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="267" />
        <source>Maximum speed (km/h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="277" />
        <source>Maximum accuracy error (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="394" />
        <source>Officer fixes</source>
        <translation>Safleoedd swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="404" />
        <source>Officer tracks</source>
        <translation>Traciau swyddogion</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="303" />
        <source>Fixes read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="304" />
        <source>Fixes kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="305" />
        <source>Fixes dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="306" />
        <source>Officers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="390" />
        <source>Import officer tracks</source>
        <translation>Mewnforio traciau swyddogion</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="391" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>RouteOrderAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="104" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="108" />
        <source>Tasking schedule (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="114" />
        <source>Day (YYYY-MM-DD, with a schedule)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="118" />
        <source>Shift (optional, with a schedule)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="122" />
        <source>Road network (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="128" />
        <source>Road topology tolerance (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="139" />
        <source>Start at fence_id (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="255" />
        <source>Route order</source>
        <translation>Trefn y daith</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="147" />
        <source>Route length (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="148" />
        <source>Length in the input order (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="392" />
        <source>Route order for a day's places</source>
        <translation>Trefn y daith ar gyfer lleoedd y dydd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="393" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="394" />
        <source>Orders places to minimise travel as an open path (no return to the start). Places are the geofences, or — with a tasking schedule and a date — the places treated that day (optionally one shift). Distances are straight lines between fence centroids, or shortest paths along a road layer (QGIS network analysis, roads usable both ways) when one is given. Up to 8 places the order is exact; above, nearest neighbour from every start improved by 2-opt. The result is never longer than the input order (the schedule's visit order, or the layer's feature order). Output: one point per place at its centroid with visit_order, leg_m (from the previous place) and cumulative_m.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupAccessAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="103" />
        <source>PostGIS database (administrator's connection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="111" />
        <source>Shared schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="116" />
        <source>Restricted schema (raw survey responses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="123" />
        <source>Role prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="128" />
        <source>Whom to ask for rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="138" />
        <source>Analysts (login roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="143" />
        <source>Planners (login roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="147" />
        <source>Viewers (login roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="151" />
        <source>Districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="158" />
        <source>District code field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="167" />
        <source>District name field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="176" />
        <source>Planner → districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="184" />
        <source>Analyst group role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="185" />
        <source>Planner group role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="186" />
        <source>Viewer group role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="187" />
        <source>Geofence layers secured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="395" />
        <source>Set up access (roles, districts, row-level security)</source>
        <translation>Gosod mynediad (rolau, ardaloedd, diogelwch lefel rhes)</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="396" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="397" />
        <source>For a force's database administrator: sets up who may see and change what in a shared PostGIS schema, with PostgreSQL's own roles, grants and row-level security, so that the database enforces it for every client (QGIS with or without this plugin, psql, scripts).

Creates three group roles, &lt;prefix&gt;_analyst (creates layers, reads everything, edits every fence, reads raw survey responses), &lt;prefix&gt;_planner (edits the fences inside the districts assigned to them, reads the rest) and &lt;prefix&gt;_viewer (reads live fences and published outputs only), and makes the login roles you list members. In the shared schema it creates the tables districts (polygons), planner_districts (which login may edit which district) and access_settings, and secures every geofence layer in it (those made later with Create geofence layer are secured when made). A restricted schema (default &lt;schema&gt;_restricted) is created for raw survey responses: only analysts may use it. Whatever analysts create in the shared schema (e.g. Community survey overlay written to PostGIS) is readable by planners and viewers.

Run it with an administrator's connection (a role with CREATEROLE that owns the schema). It is safe to run again: it adds what is missing and re-applies the rules; it never drops a role, never revokes a membership, never creates login roles and never handles a password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyDock</name>
    <message>
        <location filename=".class_attribute_strings.py" line="101" />
        <source>Community survey</source>
        <translation>Arolwg cymunedol</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="102" />
        <source>Survey and areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="103" />
        <source>The survey responses: one row per response (a table or point layer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="104" />
        <source>Load CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="105" />
        <source>Add a survey CSV to the project as a table (the file is only read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="106" />
        <source>Responses</source>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="107" />
        <source>Wards, LSOAs or geofences to aggregate to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="108" />
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="109" />
        <source>The area layer's code field (e.g. LSOA11CD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="110" />
        <source>Area code field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="111" />
        <source>Area code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="112" />
        <source>Coordinates (X/Y)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="113" />
        <source>Postcode and lookup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="114" />
        <source>How each response is placed in an area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="115" />
        <source>Link by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="116" />
        <source>The responses' area code field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="117" />
        <source>Response area code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="118" />
        <source>Easting or longitude of each response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="119" />
        <source>Northing or latitude of each response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="120" />
        <source>X / longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="121" />
        <source>Y / latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="122" />
        <source>The responses' postcode field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="123" />
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="124" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="125" />
        <source>CSV mapping postcodes to area codes, e.g. the ONS NSPL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="126" />
        <source>Postcode lookup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="127" />
        <source>Questions to summarise: numbers give means, text the most common answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="128" />
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="129" />
        <source>Survey wave field (optional): enables the change between waves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="130" />
        <source>Wave field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="133" />
        <source>Areas with fewer respondents are suppressed: no value anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="134" />
        <source>Minimum respondents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="135" />
        <source>Confidence level of the intervals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="136" />
        <source>Confidence level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="137" />
        <source>Hot spot cells (optional): harm per area and priority places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="138" />
        <source>Hot spots</source>
        <translation>Mannau problemus</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="139" />
        <source>Show survey</source>
        <translation>Dangos yr arolwg</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="140" />
        <source>Aggregate the responses to the areas (runs in the background).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="141" />
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="142" />
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="143" />
        <source>Survey values, change since the previous wave, or priority places (high harm and low score).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="144" />
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="145" />
        <source>The question shown on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="146" />
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="147" />
        <source>The survey wave shown on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="148" />
        <source>Wave</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="149" />
        <source>Opacity of the survey overlay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="150" />
        <source>Opacity</source>
        <translation>Didreiddedd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="151" />
        <source>Above the hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="152" />
        <source>Below the hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="153" />
        <source>Draw the survey overlay above or below the hot spot layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="154" />
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="155" />
        <source>Export CSV…</source>
        <translation>Allforio CSV…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="156" />
        <source>Summary per area, published values only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="157" />
        <source>Export PDF…</source>
        <translation>Allforio PDF…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="158" />
        <source>Map, legend, method and the area table, published values only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="159" />
        <source>Survey responses</source>
        <translation>Ymatebion yr arolwg</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="160" />
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="161" />
        <source>Working…</source>
        <translation>Wrthi'n gweithio…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="163" />
        <source>Survey values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="164" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="165" />
        <source>Export survey summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="166" />
        <source>Choose the responses, the area layer and at least one question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="167" />
        <source>Change since the previous wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="168" />
        <source>Priority places (high harm, low score)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="169" />
        <source>Survey responses ({})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="170" />
        <source>Community survey: {question}{wave}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="171" />
        <source>Wrote {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="172" />
        <source>Community survey: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="173" />
        <source>Could not read {} as a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="174" />
        <source>The Processing algorithm {} is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="175" />
        <source>Could not open the survey overlay {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="176" />
        <source>wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="177" />
        <source>{published} areas published, {suppressed} suppressed (fewer than {k} respondents).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="162" />
        <source>Community survey overlay</source>
        <translation>Troshaen arolwg cymunedol</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="131" />
        <source>A unique, never-changing id per response (optional). It fixes each response's key for the disclosure noise; without it the whole row is used, so correcting an answer changes that key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="132" />
        <source>Response id</source>
        <translation type="unfinished" />
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
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="134" />
        <source>Area code field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="140" />
        <source>Area code field in the responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="150" />
        <source>X / longitude field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="157" />
        <source>Y / latitude field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="163" />
        <source>Postcode field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="169" />
        <source>Postcode lookup (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="176" />
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="183" />
        <source>Wave field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="190" />
        <source>Minimum respondents per area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="199" />
        <source>Confidence level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="210" />
        <source>Hot spot cells</source>
        <translation>Celloedd mannau problemus</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="237" />
        <source>Survey overlay</source>
        <translation>Troshaen arolwg</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="249" />
        <source>What was counted and left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="398" />
        <source>Community survey overlay</source>
        <translation>Troshaen arolwg cymunedol</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="399" />
        <source>Community surveys</source>
        <translation>Arolygon cymunedol</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="217" />
        <source>Response id field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="229" />
        <source>Perturbation key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="400" />
        <source>Aggregates community survey responses to areas (wards, LSOAs, geofences) so that what residents say can be set beside where harm is. Responses are linked to areas by an area code field, by X/Y coordinates (point in polygon; a point layer's own geometry when no link field is given) or by a postcode and a postcode lookup CSV (e.g. the ONS National Statistics Postcode Lookup).

Per area (and per wave): n_responses; for numeric questions the mean with a Student t confidence interval (mean ± t·s/√n); for text questions the most common answer and its share (%) with a Wilson score interval; with a wave field, the change in mean from the previous wave with a Welch interval. A numeric question's answer scale is inferred (the smallest of 1–5, 1–7, 1–10, 0–10 holding 90 % of answers other than don't-know codes such as 9, 99 or -1): answers off the scale (e.g. 9 on a 1–5 question), text in a numeric question, responses that match no area and bad postcodes are counted in the log, never dropped silently.

Suppression: an area with fewer than the minimum number of respondents has NULL in every value, n_responses included, and suppressed = true; a question answered by fewer people in an area is NULL too. Individual responses are never written or logged.

Disclosure control (the ONS cell key method used for Census 2021): every response gets a fixed random record key (a keyed hash of its id field, or of its whole row); every published count, mean and share gets small noise looked up from the sum of its responses' keys, so the same responses always get the same noise and two runs over overlapping area layers cannot be subtracted to reveal a suppressed area. Counts are within ±2 (never below the minimum), a mean within (scale width)/n of the true mean, a share within 100/n points; the intervals include the noise. Keep the perturbation key (a key file, or this QGIS profile's own key) the same for every run on a survey.

With hot spot cells, each area gets the harm of the cells overlapping it (area-weighted: a cell half inside gives half its harm) and, per numeric question, &lt;q&gt;_priority: areas split at the medians of harm and of the mean score (high score = high confidence): 4 = high harm and low score (priority place), 3 = high harm, high score, 2 = low harm, low score, 1 = low harm, high score.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message>
        <location filename=".class_attribute_strings.py" line="178" />
        <source>Legend</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="179" />
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="180" />
        <source>Responses</source>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="182" />
        <source>Mean</source>
        <translation>Cymedr</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="183" />
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="184" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="185" />
        <source>Most common</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="186" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="187" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="188" />
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="189" />
        <source>Mean score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="190" />
        <source>Wave</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="191" />
        <source>Could not write the PDF {}: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="192" />
        <source>suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="193" />
        <source>withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="181" />
        <source>Suppression: an area with fewer than {k} respondents shows no value at all (not even its count); a question answered by fewer than {k} people in an area is withheld. Means: Student t interval (mean ± t·s/√n) at {c:g} % confidence. Shares: Wilson score interval. Change: difference from the previous wave with a Welch interval. Priority places: harm (from hot spot cells, shared by overlap area) above the median and mean score below the median. Disclosure control: every count, mean and share carries small noise by the cell key method (ONS, Census 2021), the same whenever the same responses make it up, so figures for overlapping areas cannot be subtracted: counts within ±2, a mean within (scale width)/n, a share within 100/n points of the true value; the intervals include the noise. No individual response is shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyStyle</name>
    <message>
        <location filename=".class_attribute_strings.py" line="359" />
        <source>Suppressed or withheld (too few respondents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="360" />
        <source>Suppressed or withheld (fewer than {} respondents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="361" />
        <source>responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="362" />
        <source>Suppressed: too few respondents to show any value</source>
        <translation>Wedi'i atal: rhy ychydig o ymatebwyr i ddangos unrhyw werth</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="363" />
        <source>Withheld: too few answers to show a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="364" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="365" />
        <source>Mean</source>
        <translation>Cymedr</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="366" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="367" />
        <source>Most common</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskingBriefing</name>
    <message>
        <location filename=".class_attribute_strings.py" line="194" />
        <source>Why here</source>
        <translation>Pam yma</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="195" />
        <source>Today's patrol windows</source>
        <translation>Ffenestri patrolio heddiw</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="196" />
        <source>Patrol briefing {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="197" />
        <source>Patrol briefing — {name} (place {fid})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="198" />
        <source>{day}  ·  rank {rank}  ·  page {page} of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="199" />
        <source>Window</source>
        <translation>Ffenestr</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="200" />
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="201" />
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="202" />
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="203" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="204" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="205" />
        <source> (next day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="206" />
        <source>{n} crimes, harm {harm:.0f}, in the place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="207" />
        <source>Crime type</source>
        <translation>Math o drosedd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="208" />
        <source>Crimes</source>
        <translation>Troseddau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="209" />
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="210" />
        <source>By weekday: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="211" />
        <source>Harm {harm} from {n} crimes (from the geofence layer; choose a crime layer for the breakdown by type).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="212" />
        <source>changed by hand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskingDock</name>
    <message>
        <location filename=".class_attribute_strings.py" line="214" />
        <source>Add a patrol by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="213" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="215" />
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="216" />
        <source>The geofence layer (needs fence_id; harm is used for the balance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="217" />
        <source>Optional: randomise within blocks of this field, e.g. a harm tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="218" />
        <source>HH:MM-HH:MM windows, comma-separated; Team=06:00-14:00 names the team. A night shift belongs to the day it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="219" />
        <source>Keep the seed with the plan: the same seed and inputs give the same schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="220" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="221" />
        <source>Block field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="222" />
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="223" />
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="224" />
        <source>Shifts</source>
        <translation>Shifftiau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="225" />
        <source>Dose per treated day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="226" />
        <source>Share treated each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="227" />
        <source>Washout days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="228" />
        <source>Seed</source>
        <translation>Hedyn</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="229" />
        <source>Generate</source>
        <translation>Cynhyrchu</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="230" />
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="231" />
        <source>Double-click a window (HH:MM), minutes or team to change it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="232" />
        <source>Add patrol…</source>
        <translation>Ychwanegu patrôl…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="233" />
        <source>Cancel patrol</source>
        <translation>Canslo patrôl</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="234" />
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="235" />
        <source>Route for the day</source>
        <translation>Taith y dydd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="236" />
        <source>Order the day's places to minimise travel (hotspot:routeorder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="237" />
        <source>Delivery</source>
        <translation>Cyflawni</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="238" />
        <source>Visits from Dwell and compliance (fence_id, officer_id, start_utc, end_utc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="239" />
        <source>Crimes for the briefing's 'why here' (crime_type, harm, and a time field).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="240" />
        <source>Exception report</source>
        <translation>Adroddiad eithriadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="241" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="242" />
        <source>Crimes (briefing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="243" />
        <source>Working…</source>
        <translation>Wrthi'n gweithio…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="244" />
        <source>All days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="245" />
        <source>Export taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="246" />
        <source>Tasking schedule (as planned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="247" />
        <source>Exception summary</source>
        <translation>Crynodeb eithriadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="248" />
        <source>Place (fence_id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="249" />
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="250" />
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="251" />
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="252" />
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="253" />
        <source> patrols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="254" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="255" />
        <source> min apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="256" />
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="257" />
        <source>iCalendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="258" />
        <source>GeoJSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="259" />
        <source>GPX…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="260" />
        <source>PDF briefing for the day…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="261" />
        <source>Wait for the running job to finish, or stop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="263" />
        <source>Generate a schedule first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="262" />
        <source>Choose a geofence layer first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="264" />
        <source>Generate a schedule and choose a visits layer first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="265" />
        <source>Generate a schedule and pick a day first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="266" />
        <source>Route {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="267" />
        <source>Route for {day}: {total:.0f} m (in the planned order {before:.0f} m).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="268" />
        <source>Exception report: {met} met, {partly} partly met, {missed} not met, {nodata} no data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="269" />
        <source>The Processing algorithm {} is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="270" />
        <source>{n} patrols planned over {d} days (seed {s}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="271" />
        <source>The PDF could not be written to {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="272" />
        <source> Hand edits kept: {k}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="273" />
        <source>Written: {}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskingModel</name>
    <message>
        <location filename=".class_attribute_strings.py" line="274" />
        <source>cancelled</source>
        <translation>wedi'i ganslo</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="275" />
        <source>Write the new start as HH:MM, e.g. 14:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="276" />
        <source>Only treated place-days have patrol windows to move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="277" />
        <source>Minutes apply to treated place-days and cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="278" />
        <source>no window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskingScheduleAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="72" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="77" />
        <source>First day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="83" />
        <source>Last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="89" />
        <source>Shifts</source>
        <translation>Shifftiau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="97" />
        <source>Share of places treated each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="109" />
        <source>Block field (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="116" />
        <source>Patrols per treated place-day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="122" />
        <source>Minutes per patrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="128" />
        <source>Minimum gap between patrols (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="138" />
        <source>Washout days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="145" />
        <source>Random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="401" />
        <source>Tasking schedule</source>
        <translation>Amserlen dasgau</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="155" />
        <source>Patrol taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="156" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="230" />
        <source>Tasking schedule (seed {})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="402" />
        <source>Taskings</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="403" />
        <source>Randomises every geofence, every policing day, to treatment (patrolled) or control, optionally within blocks (e.g. harm tiers), and gives each treated place-day its dose: a number of patrols of a set length at random times inside the shifts, a minimum gap apart (end of one to start of the next). A shift that crosses midnight belongs to the policing day it starts in. With a washout, a place not treated within that many days after a treated day is in arm 'washout' (neither tasked nor a control). The same inputs and seed give the identical schedule on any machine (NumPy PCG64; places drawn in fence_id order as text). Output: one row per patrol of a treated place-day and one row (no window, 0 minutes) per control place-day; windows are local times with their UTC offset (Europe/London). The log reports the balance between arms (place-days, harm) per block.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrackImport</name>
    <message>
        <location filename=".class_attribute_strings.py" line="279" />
        <source>Importing officer tracks</source>
        <translation>Wrthi'n mewnforio traciau swyddogion</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="280" />
        <source>Import officer tracks</source>
        <translation>Mewnforio traciau swyddogion</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="281" />
        <source>Export files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="282" />
        <source>App GPS or radio CSV, GPX, GeoJSON or NMEA files; all are imported together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="283" />
        <source>Add files…</source>
        <translation>Ychwanegu ffeiliau…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="284" />
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="285" />
        <source>auto recognises each file from its extension or first characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="286" />
        <source>Columns (recognised from their names; correct them if needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="287" />
        <source>Saved column mappings for exports you import often.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="288" />
        <source>Save preset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="289" />
        <source>Delete preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="290" />
        <source>The first rows of the selected file as they will be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="291" />
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="292" />
        <source>CRS of the coordinates in the files (EPSG:4326 for latitude/longitude).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="293" />
        <source>Coordinates' CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="294" />
        <source>Time zone of times written without an offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="295" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="296" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="297" />
        <source>Optional CSV of radio id (ISSI) → collar number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="298" />
        <source>Radio id lookup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="299" />
        <source>Pseudonymise officer ids (and file names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="300" />
        <source>Fixes that need more than this speed to reach and leave are jumps; 0 = off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="301" />
        <source>Maximum speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="302" />
        <source>Fixes with a larger stated error are dropped; 0 = off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="303" />
        <source>Maximum accuracy error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="304" />
        <source>Geofences to measure dwell and compliance in (optional).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="305" />
        <source>Geofence layer</source>
        <translation>Haen geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="306" />
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="307" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="308" />
        <source>Colour fences by compliance</source>
        <translation>Lliwio ffensys yn ôl cydymffurfiaeth</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="309" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="310" />
        <source>Tracking exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="311" />
        <source>Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="312" />
        <source>Save preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="313" />
        <source>Preset name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="314" />
        <source>Officer fixes</source>
        <translation>Safleoedd swyddogion</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="315" />
        <source>Officer tracks</source>
        <translation>Traciau swyddogion</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="316" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="317" />
        <source>Fences by dwell</source>
        <translation>Ffensys yn ôl amser aros</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="318" />
        <source>Added visits and fences coloured by dwell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="319" />
        <source>Import tracks…</source>
        <translation>Mewnforio traciau…</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="320" />
        <source>Import officer tracking exports, and measure dwell in geofences</source>
        <translation>Mewnforio allforion tracio swyddogion, a mesur amser aros mewn geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="321" />
        <source>The coordinates are eastings/northings, so they were read as EPSG:27700.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="322" />
        <source>Cancelled.</source>
        <translation>Wedi'i ganslo.</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="323" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="324" />
        <source>Preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="325" />
        <source>Add at least one export file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="326" />
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="327" />
        <source>No usable fixes: nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="328" />
        <source>Dwell and compliance failed or were cancelled; see the Processing log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="329" />
        <source>Colour fences by dwell</source>
        <translation>Lliwio ffensys yn ôl amser aros</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="330" />
        <source>Saved preset '{0}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="331" />
        <source>Importing {0} file(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="332" />
        <source>Added {0:,} fixes and {1:,} track lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="333" />
        <source>Dwell and compliance are not available in this version: fixes and tracks only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="334" />
        <source>Measuring dwell in {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="335" />
        <source>Unexpected error: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="336" />
        <source>The column holding the {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="337" />
        <source>Imported by Hot spot policing (Import tracks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="338" />
        <source>Style {0} is missing from the plugin.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidateGeofencesAlgorithm</name>
    <message>
        <location filename=".class_attribute_strings.py" line="405" />
        <source>Geofences</source>
        <translation>Geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="107" />
        <source>Minimum area (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="117" />
        <source>Maximum area (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="128" />
        <source>Allow overlapping fences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="132" />
        <source>Hot spot cells (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="139" />
        <source>Hot cell: minimum Gi* bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="220" />
        <source>Geofence problems</source>
        <translation>Problemau geoffensys</translation>
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="152" />
        <source>Problems found</source>
        <translation>Problemau a ganfuwyd</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="404" />
        <source>Validate geofences</source>
        <translation>Dilysu geoffensys</translation>
    </message>
    <message>
        <location filename=".class_attribute_strings.py" line="406" />
        <source>Checks a geofence layer and lists every problem, one row per problem (fence_id, problem, detail), with the problem's place as geometry: invalid geometry (self-intersections and other ring errors, with the place), no geometry, overlap with a live fence (edges may touch), area below the minimum or above the maximum, and — when a hot spot cell layer is given — a fence that covers no hot cell. Retired fences are checked only for valid geometry. Layers without a status field are taken as all live. A clean layer gives an empty output and the log says so. Nothing in the input is changed; the layer may be in an edit session (its unsaved edits are checked).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>

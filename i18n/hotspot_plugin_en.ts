<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="110" />
        <source>The job failed or was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="169" />
        <source>Wait for the running job to finish, or stop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="180" />
        <source>The Processing algorithm {} is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/background.py" line="184" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="136" />
        <source>How to read this map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="41" />
        <source>Hollowford is an invented town: every crime, officer and survey answer here is made up for training. Use the layer list on the left to switch layers on and off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="46" />
        <source>Harm, not counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="48" />
        <source>Each crime carries a harm weight: roughly the days in prison its starting sentence would be (a burglary weighs about 270, a shoplifting 1). A street with a few burglaries can matter more than one with many thefts. The shipped weights are approximations: forces should use their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="54" />
        <source>Hot spot cells and Gi* bins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="56" />
        <source>The town is cut into 150 m squares. For each square the Getis-Ord Gi* statistic asks: is the harm in this square and its neighbours much higher than across the whole town, more than chance would give? Dark red squares (bin 3) are hot spots at 99 % confidence, red (2) at 95 %, pink (1) at 90 %. Blue squares are cold spots; pale squares are nothing unusual. The bins are corrected for testing many squares at once (false discovery rate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="84" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="66" />
        <source>Neighbouring hot squares are joined into geofences: the places officers are sent to patrol. Hot spot 1 holds the most harm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="195" />
        <source>Dwell and compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="81" />
        <source>The time slider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="83" />
        <source>Open the Temporal Controller (the clock button on the map navigation toolbar) and press play. Officers move through one Friday; the crimes shown are thirteen weeks of crime placed at their time of day, so you can see the night-time economy build up after 21:00 and shoplifting in shop hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="90" />
        <source>3D view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="97" />
        <source>What residents say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="99" />
        <source>The survey layer shades wards by average confidence in local policing (1 to 5). Grey wards had too few respondents to show anything: their results are suppressed to protect the people who answered. High harm with low confidence marks priority places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="127" />
        <source>Next: your own data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="129" />
        <source>Open the Processing Toolbox, group Hot spot policing, and run the same steps on your force's data: import police.uk or your own crimes, harm-weighted hot spots, geofences, then tracks and taskings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="155" />
        <source>Hot spot policing: building the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="179" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="44" />
        <source>Hollowford demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="85" />
        <source>Officer {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="108" />
        <source>Harm 0–1 (e.g. shoplifting, anti-social behaviour)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="109" />
        <source>Harm 2–10 (e.g. theft, assault without injury)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="110" />
        <source>Harm 20–90 (e.g. criminal damage, weapons)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="111" />
        <source>Harm over 100 (burglary, robbery)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="320" />
        <source>Low (below 2.5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="320" />
        <source>High (3.5 and over)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="335" />
        <source>Not met (under 50 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Partly met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="335" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="344" />
        <source>Under 5 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="344" />
        <source>30 min and over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="377" />
        <source>Could not open {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="390" />
        <source>Hot spot policing demo: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="393" />
        <source>Tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="397" />
        <source>Officer positions (time slider)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="402" />
        <source>Officer tracks (day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="406" />
        <source>Crimes by time of day (13 weeks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="411" />
        <source>Geofences: dwell and compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="421" />
        <source>Hot spot cells (Gi* bins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="425" />
        <source>The 3D view is not available in this QGIS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="427" />
        <source>Survey: confidence in local policing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="433" />
        <source>Wards (invented)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="75" />
        <source>Tasking schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="47" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="95" />
        <source>Exception report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="96" />
        <source>Exception summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="96" />
        <source>Harm-weighted hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="112" />
        <source>Geofences around the hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="128" />
        <source>Import app GPS tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="142" />
        <source>Import radio location reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="157" />
        <source>Merge app and radio fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="169" />
        <source>Merge app and radio tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="412" />
        <source>Community survey overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="574" />
        <source>Demo crimes with harm and times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="216" />
        <source>Fence around hot spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="160" />
        <source>No geofence layer in the project: create one with Create geofence layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="171" />
        <source>No hot cell (gi_bin ≥ 2) here: click inside a hot spot cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="149" />
        <source>Hot spot {rank}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="194" />
        <source>Could not add the fence to {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/fence_tool.py" line="201" />
        <source>Draft fence added to {name}: {n} hot cells, {area:,.0f} m². Reshape it with the vertex tool, then save the layer's edits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="116" />
        <source>Planners insert, change and delete only the fences inside the districts assigned to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="117" />
        <source>Your database role may only read this layer: viewers read live fences, planners edit the fences of their districts, analysts edit all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="121" />
        <source>The database's row-level security refused the change: planners save only fences inside the districts assigned to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="125" />
        <source>Every change must say which version of the fence it was made from, so that no one's edit is overwritten unseen, and QGIS could not tell (the fences were changed before the plugin watched the layer, or it was opened without its default style).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="130" />
        <source>A rule of the database refused the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="417" />
        <source>Geofence check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="417" />
        <source>{name}: {summary} Your edits are saved as you chose; fix them in a later edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="423" />
        <source>Show problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="455" />
        <source>Edit conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="433" />
        <source>{name}: another planner saved fence(s) {ids} after you started editing. Your edits were not saved and are still in the edit buffer. Compare, then keep yours (and save again) or undo them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="447" />
        <source>Keep my version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="455" />
        <source>Save again to overwrite fence(s) {ids} with your version; the history keeps both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="469" />
        <source>your database administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="472" />
        <source>Fence(s) {ids}. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="474" />
        <source>Compare with what is in the database, then keep yours (and save again) or undo them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="476" />
        <source>Ask {ask} if you need this change, or undo it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="477" />
        <source>Save refused by the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="477" />
        <source>{name}: {fences}{rule} Your edits were not saved and are still in the edit buffer. {advice}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/geofence_guard.py" line="489" />
        <source>Problems in {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="35" />
        <source>Load demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="35" />
        <source>Build a styled demo project for the invented town of Hollowford</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="137" />
        <source>Hot spot policing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="91" />
        <source>Building the Hollowford demo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="109" />
        <source>The demo could not be built: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="131" />
        <source>Demo of {0} loaded: {1} layers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="133" />
        <source>Not shown: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="604" />
        <source>Community survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="180" />
        <source>Import tracks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="180" />
        <source>Import officer tracking exports, and measure dwell in geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="216" />
        <source>Click inside a hot spot cell to add a draft geofence around its hot cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="78" />
        <source>Survey and areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="83" />
        <source>The survey responses: one row per response (a table or point layer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="84" />
        <source>Load CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="85" />
        <source>Add a survey CSV to the project as a table (the file is only read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="63" />
        <source>Responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="90" />
        <source>Wards, LSOAs or geofences to aggregate to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="90" />
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="94" />
        <source>The area layer's code field (e.g. LSOA11CD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="94" />
        <source>Area code field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="98" />
        <source>Area code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="99" />
        <source>Coordinates (X/Y)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="100" />
        <source>Postcode and lookup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="97" />
        <source>How each response is placed in an area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="97" />
        <source>Link by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="101" />
        <source>The responses' area code field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="101" />
        <source>Response area code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="104" />
        <source>Easting or longitude of each response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="107" />
        <source>Northing or latitude of each response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="104" />
        <source>X / longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="107" />
        <source>Y / latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="110" />
        <source>The responses' postcode field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="110" />
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="176" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="111" />
        <source>CSV mapping postcodes to area codes, e.g. the ONS NSPL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="111" />
        <source>Postcode lookup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="120" />
        <source>Questions to summarise: numbers give means, text the most common answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="120" />
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="126" />
        <source>Survey wave field (optional): enables the change between waves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="126" />
        <source>Wave field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="133" />
        <source>A unique, never-changing id per response (optional). It fixes each response's key for the disclosure noise; without it the whole row is used, so correcting an answer changes that key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="133" />
        <source>Response id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="143" />
        <source>Areas with fewer respondents are suppressed: no value anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="143" />
        <source>Minimum respondents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="151" />
        <source>Confidence level of the intervals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="151" />
        <source>Confidence level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="158" />
        <source>Hot spot cells (optional): harm per area and priority places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="158" />
        <source>Hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="170" />
        <source>Show survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="171" />
        <source>Aggregate the responses to the areas (runs in the background).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="96" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="354" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="356" />
        <source>Survey values, change since the previous wave, or priority places (high harm and low score).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="356" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="362" />
        <source>The question shown on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="362" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="363" />
        <source>The survey wave shown on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="172" />
        <source>Wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="364" />
        <source>Opacity of the survey overlay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="364" />
        <source>Opacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="372" />
        <source>Above the hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="373" />
        <source>Below the hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="369" />
        <source>Draw the survey overlay above or below the hot spot layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="369" />
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="375" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="376" />
        <source>Summary per area, published values only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="378" />
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="379" />
        <source>Map, legend, method and the area table, published values only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="249" />
        <source>Survey responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="249" />
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="256" />
        <source>Survey responses ({})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="258" />
        <source>Could not read {} as a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="310" />
        <source>Choose the responses, the area layer and at least one question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="634" />
        <source>Could not open the survey overlay {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="428" />
        <source>{published} areas published, {suppressed} suppressed (fewer than {k} respondents).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="453" />
        <source>Survey values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="455" />
        <source>Change since the previous wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="457" />
        <source>Priority places (high harm, low score)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="509" />
        <source>Community survey: {question}{wave}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="552" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="553" />
        <source>Export survey summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="561" />
        <source>Wrote {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="571" />
        <source>Community survey: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="112" />
        <source>suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="116" />
        <source>withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="141" />
        <source>Suppression: an area with fewer than {k} respondents shows no value at all (not even its count); a question answered by fewer than {k} people in an area is withheld. Means: Student t interval (mean ± t·s/√n) at {c:g} % confidence. Shares: Wilson score interval. Change: difference from the previous wave with a Welch interval. Priority places: harm (from hot spot cells, shared by overlap area) above the median and mean score below the median. Disclosure control: every count, mean and share carries small noise by the cell key method (ONS, Census 2021), the same whenever the same responses make it up, so figures for overlapping areas cannot be subtracted: counts within ±2, a mean within (scale width)/n, a share within 100/n points of the true value; the intervals include the noise. No individual response is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="259" />
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="172" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="185" />
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="176" />
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="185" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="192" />
        <source>Most common</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="176" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="177" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="90" />
        <source>Harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_report.py" line="177" />
        <source>Mean score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="157" />
        <source>Patrol briefing {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="171" />
        <source>Patrol briefing — {name} (place {fid})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="206" />
        <source>Why here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="60" />
        <source>Crime type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="215" />
        <source>By weekday: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="224" />
        <source>Harm {harm} from {n} crimes (from the geofence layer; choose a crime layer for the breakdown by type).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="232" />
        <source>Today's patrol windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="25" />
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="28" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="27" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="233" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="60" />
        <source> (next day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="237" />
        <source>changed by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="44" />
        <source>Add a patrol by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Place (fence_id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="84" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="57" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="32" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="38" />
        <source>The geofence layer (needs fence_id; harm is used for the balance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="41" />
        <source>Optional: randomise within blocks of this field, e.g. a harm tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="51" />
        <source>HH:MM-HH:MM windows, comma-separated; Team=06:00-14:00 names the team. A night shift belongs to the day it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="67" />
        <source> patrols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="67" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="67" />
        <source> min apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="83" />
        <source>Keep the seed with the plan: the same seed and inputs give the same schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="85" />
        <source>Block field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="86" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="87" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="88" />
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="89" />
        <source>Dose per treated day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="90" />
        <source>Share treated each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="91" />
        <source>Washout days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="92" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="94" />
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="96" />
        <source>Double-click a window (HH:MM), minutes or team to change it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="103" />
        <source>Add patrol…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="105" />
        <source>Cancel patrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>iCalendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>GeoJSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>GPX…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="40" />
        <source>PDF briefing for the day…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="107" />
        <source>Route for the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="108" />
        <source>Order the day's places to minimise travel (hotspot:routeorder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="37" />
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="32" />
        <source>Crimes for the briefing's 'why here' (crime_type, harm, and a time field).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="37" />
        <source>Crimes (briefing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="109" />
        <source>Choose a geofence layer first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="142" />
        <source>{n} patrols planned over {d} days (seed {s}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/plan.py" line="142" />
        <source> Hand edits kept: {k}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="136" />
        <source>All days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/session.py" line="129" />
        <source>Generate a schedule first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="57" />
        <source>Export taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="61" />
        <source>Written: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="108" />
        <source>The PDF could not be written to {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/session.py" line="178" />
        <source>Tasking schedule (as planned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="236" />
        <source>Generate a schedule and pick a day first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="250" />
        <source>Route {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="253" />
        <source>Route for {day}: {total:.0f} m (in the planned order {before:.0f} m).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="99" />
        <source>Exception report: {met} met, {partly} partly met, {missed} not met, {nodata} no data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="20" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="22" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="38" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="24" />
        <source>Arm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="29" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="49" />
        <source>Delivered (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="138" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="112" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="254" />
        <source>Write the new start as HH:MM, e.g. 14:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="265" />
        <source>Only treated place-days have patrol windows to move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/model.py" line="276" />
        <source>Minutes apply to treated place-days and cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="98" />
        <source>Import officer tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="107" />
        <source>Export files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="110" />
        <source>App GPS or radio CSV, GPX, GeoJSON or NMEA files; all are imported together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="114" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="115" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="118" />
        <source>auto recognises each file from its extension or first characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="121" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="127" />
        <source>Columns (recognised from their names; correct them if needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="133" />
        <source>The column holding the {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="139" />
        <source>Saved column mappings for exports you import often.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="140" />
        <source>Save preset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="141" />
        <source>Delete preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="142" />
        <source>Preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="152" />
        <source>The first rows of the selected file as they will be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="157" />
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="161" />
        <source>CRS of the coordinates in the files (EPSG:4326 for latitude/longitude).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="162" />
        <source>Coordinates' CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="164" />
        <source>Time zone of times written without an offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="165" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="168" />
        <source>How to read slashed dates such as 07/04/2026. auto: day first (UK) unless some dates only make sense month first (04/13/2026); a file with both kinds is reported and not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="174" />
        <source>Date order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="177" />
        <source>Optional CSV of radio id (ISSI) → collar number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="178" />
        <source>Radio id lookup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="179" />
        <source>Pseudonymise officer ids (and file names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="185" />
        <source>Fixes that need more than this speed to reach and leave are jumps; 0 = off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="188" />
        <source>Maximum speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="193" />
        <source>Fixes with a larger stated error are dropped; 0 = off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="194" />
        <source>Maximum accuracy error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="201" />
        <source>Geofences to measure dwell and compliance in (optional).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="202" />
        <source>Geofence layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="213" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="214" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="559" />
        <source>Colour fences by compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="219" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="256" />
        <source>Tracking exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="256" />
        <source>Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="373" />
        <source>Saved preset '{0}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="398" />
        <source>Save preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="398" />
        <source>Preset name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="447" />
        <source>Add at least one export file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="460" />
        <source>Importing {0} file(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="477" />
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="481" />
        <source>Officer fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="479" />
        <source>Officer tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="482" />
        <source>Added {0:,} fixes and {1:,} track lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="512" />
        <source>Dwell and compliance are not available in this version: fixes and tracks only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="502" />
        <source>Measuring dwell in {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="524" />
        <source>Fences by dwell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="533" />
        <source>Added visits and fences coloured by dwell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="555" />
        <source>Style {0} is missing from the plugin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="559" />
        <source>Colour fences by dwell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/plugin.py" line="14" />
        <source>&amp;Hot spot policing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/plugin.py" line="45" />
        <source>Harm hot spots…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="130" />
        <source>Fence id (assigned on save)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="132" />
        <source>Rank (1 = most harm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="144" />
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="145" />
        <source>Valid to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="146" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="147" />
        <source>Last edited by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="148" />
        <source>Last edited at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="149" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="150" />
        <source>Based on version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="175" />
        <source>Status is draft, live or retired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="183" />
        <source>Valid to must not be before valid from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/geofence_store.py" line="230" />
        <source>Geofence form and style (hot spot policing plugin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="158" />
        <source>Suppressed or withheld (fewer than {} respondents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="159" />
        <source>Suppressed or withheld (too few respondents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="587" />
        <source>algorithm {0} is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="591" />
        <source>needs {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="571" />
        <source>wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="170" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="179" />
        <source>responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="205" />
        <source>Suppressed: too few respondents to show any value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/survey_style.py" line="206" />
        <source>Withheld: too few answers to show a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="180" />
        <source>Map and exports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="181" />
        <source>How the result is shown, and its CSV and PDF exports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="346" />
        <source>Map and exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="52" />
        <source>Compliance per tasking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="93" />
        <source>Other types ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="95" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="211" />
        <source>{n:,} crimes, harm {harm:,}, in the place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="42" />
        <source>Compliance per tasking from Dwell and compliance: its statuses are those of the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="47" />
        <source>Visits from Dwell and compliance (fence_id, officer_id, start_utc, end_utc), when there is no table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/delivery.py" line="73" />
        <source>Generate a schedule and choose the per-tasking table or the visits first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/exports.py" line="29" />
        <source>Exports and briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="114" />
        <source>Exports and briefing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/schedule.py" line="115" />
        <source>Delivery…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="457" />
        <source>The Processing algorithm {0} is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="477" />
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="520" />
        <source>Dwell and compliance failed or were cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="535" />
        <source>None of the imported fixes lies in any fence of {0}: every fence has 0 dwell. Check the coordinates' CRS of the exports and that the fences are the right ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="547" />
        <source>Import tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hot spot, 99 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hot spot, 95 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hot spot, 90 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Not significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cold spot, 90 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cold spot, 95 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cold spot, 99 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Met (all tasked minutes delivered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Not met (tracked, no patrol)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No data (not tracked during the windows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No tasking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Under 5 min per visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>5-10 min per visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>10-15 min per visit (Koper optimum)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Over 15 min per visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Invalid geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Overlaps a live fence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Area below minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Area above maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Covers no hot cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Treated areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Ring around treated areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Control areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Ring around control areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Intensifying Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Persistent Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Consecutive Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>New Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Diminishing Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Oscillating Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Sporadic Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Historical Hot Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Intensifying Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Persistent Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Consecutive Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>New Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Diminishing Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Oscillating Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Sporadic Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Historical Cold Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No Pattern Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/session.py" line="169" />
        <source>Place {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>officer id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>x / longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>y / latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/track_import.py" line="70" />
        <source>accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="60" />
        <source>Could not copy the fences: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="166" />
        <source>The connection string holds a password. The plugin leaves it out of everything it writes, but QGIS itself shows parameter values in its log: use a saved connection with an authentication configuration instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="174" />
        <source>This connection keeps its password in QGIS's settings as plain text. The layer is added without it (QGIS asks for it when the project is opened in a new session). Keep the credentials in an authentication configuration instead: Browser → PostgreSQL → Edit connection → Authentication → Configurations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="34" />
        <source>The districts layer has no field {}: choose its code field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="46" />
        <source>A district (feature {}) has no code in {}: every district needs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="53" />
        <source>District code {} appears twice in {}: codes must be unique.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="59" />
        <source>District {} has no geometry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="315" />
        <source>{}: {} have no field '{}'. Fields available: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="717" />
        <source>Could not write the feature of area {} to the output: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="282" />
        <source>{} has no coordinate reference system. Set its CRS (Layer Properties → Source) to the one the coordinates are in, e.g. EPSG:27700 or EPSG:4326.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="291" />
        <source>{} is in {} (degrees): reprojected to {} (British National Grid) so distances are in metres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="297" />
        <source>{} is in a geographic CRS ({}, degrees) and lies outside Great Britain. Reproject it to a projected CRS in metres (Vector → Data Management → Reproject Layer) and run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/crs.py" line="304" />
        <source>{} uses a CRS in {}, not metres. Reproject it to a projected CRS in metres such as EPSG:27700.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="47" />
        <source>{} must be a point layer (one point per crime).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="203" />
        <source>Field {} holds '{}', which is not a number. Choose a numeric harm field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="237" />
        <source>Repaired {} invalid boundary polygon(s) before use (the layer is unchanged).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layers.py" line="279" />
        <source>{} lacks the field(s) {}. Use the cell output of Harm-weighted hot spots (Gi*).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/tasking_io.py" line="35" />
        <source>{} lacks the field(s) {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/track_layers.py" line="135" />
        <source>The coordinates' CRS ({}) cannot be transformed to {}. Choose the CRS the export's coordinates are in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/track_layers.py" line="135" />
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/outputs.py" line="736" />
        <source>Wrote {} to {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/outputs.py" line="739" />
        <source>Style and metadata of {} are stored in the GeoPackage (layer_styles).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/outputs.py" line="798" />
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="105" />
        <source>Did the patrols work? (Evaluation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="107" />
        <source>The Evaluation group holds a 12-week randomised trial over 40 places of the town, with a known answer: patrols were planted to cut crime by 30 % on treated days. Its tables show what an evaluator would report: the rate ratio of treated to control days with its interval and randomisation p-value (Trial effect), harm by patrol minutes (Dose-response), time to the next crime after a patrol leaves (Koper), whether crime moved into the ring around the places (Displacement) and the smallest effect the design could find (Trial power).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="45" />
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="472" />
        <source>Trial: areas and rings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="476" />
        <source>Trial: places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="480" />
        <source>Trial: crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="483" />
        <source>Trial tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="485" />
        <source>Place-day ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="486" />
        <source>Trial effect: crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="487" />
        <source>Trial effect: harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="488" />
        <source>Dose–response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="489" />
        <source>Tasked vs delivered per place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="490" />
        <source>Koper bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="491" />
        <source>Koper curves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="492" />
        <source>Displacement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="493" />
        <source>Trial power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="494" />
        <source>Trial schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="495" />
        <source>Trial visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="292" />
        <source>Trial: place-day ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="308" />
        <source>Trial: effect on crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="325" />
        <source>Trial: effect on harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="340" />
        <source>Trial: residual deterrence (Koper curves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="354" />
        <source>Trial: displacement and diffusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="371" />
        <source>Trial: power of the design</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="389" />
        <source>Trial report (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="389" />
        <source>Hollowford patrol trial, 12 weeks: did it work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="577" />
        <source>Demo trial: 12 weeks of places, schedule, crimes and visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="579" />
        <source>Demo trial data: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="101" />
        <source>Chain: police.uk → hot spots → geofences → tasking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="102" />
        <source>Chain: officer tracks → dwell and compliance → exception report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="114" />
        <source>Chains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/provider.py" line="136" />
        <source>Could not load the model {name}; reinstall the plugin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>Rate ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>95 % interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>p (model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>p (randomisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="135" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="161" />
        <source>Design</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="166" />
        <source>Balance of the allocation (treatment vs control place-days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="186" />
        <source>Each place's level is its mean on control days, so the patrols' effect does not enter it; under randomisation the arms' means should be close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="198" />
        <source>Effect: intention to treat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="202" />
        <source>Rate ratio of treatment to control place-days, arm as allocated; place fixed effects, errors clustered by place; each day's length is its exposure. p (randomisation): the share of redraws of the allocation, made with the schedule's own design, whose rate ratio is as far from 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="220" />
        <source>Dose–response (descriptive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Place-days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Crimes / day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>Harm / day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="224" />
        <source>± 1.96 SE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="236" />
        <source>Delivered minutes were not randomised: places that got more patrol may differ, so this shows an association, not an effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="250" />
        <source>No dose–response table was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="251" />
        <source>Residual deterrence (Koper curves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Visit length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Presences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="257" />
        <source>Median (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="269" />
        <source>Time from the end of a presence (officers joined over a place) to the next crime there, censored at the next presence and the end of observation. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="284" />
        <source>No Koper curves were given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="288" />
        <source>Displacement and diffusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="309" />
        <source>Treated, before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="310" />
        <source>Treated, after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="311" />
        <source>Treated ring, before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="312" />
        <source>Treated ring, after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="313" />
        <source>Control, before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="314" />
        <source>Control, after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="315" />
        <source>Control ring, before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="316" />
        <source>Control ring, after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="317" />
        <source>WDD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="318" />
        <source>WDD standard error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="319" />
        <source>WDD z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="320" />
        <source>WDD p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="321" />
        <source>WDQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="327" />
        <source>WDD = ΔTreated − ΔControl + ΔTreated ring − ΔControl ring (Wheeler &amp; Ratcliffe 2018): below 0 a net fall beyond the controls'. WDQ (Bowers &amp; Johnson 2003): above 0 the benefit spread into the ring, below 0 crime was displaced into it (−1: as much as the target fell).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="342" />
        <source>No displacement table was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="73" />
        <source>Dwell is the time officers spent inside a geofence, worked out from their phone and radio positions. A short pass in a car is not a patrol; gaps in the positions count as no data, never as absent. Compliance compares the minutes tasked with the minutes delivered, drawn as the fence's outline: teal solid met, mustard dashed partly met, slate hatched not met, grey dotted no data (red on this map only ever means a hot spot). Some places are controls: deliberately not tasked that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="92" />
        <source>Save the project and open it again (or View ▸ 3D Map Views): the tilted view Hot spots in 3D shows hot spot cells rising in proportion to their harm, coloured by their Gi* bin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="116" />
        <source>Trends: what is new, what is growing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo.py" line="118" />
        <source>The Trends group holds a year of crime as emerging hot spots: each square's hot spot weeks and trend give it a category (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating or historical). A late-night takeaway strip opened on Tannery Row in the last weeks of the year: a consecutive hot spot. The weeks layer plays in the Temporal Controller once its range is set to the year; the aoristic table spreads burglaries found later over the hours they may have happened in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="183" />
        <source>Hot spots in 3D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="508" />
        <source>Harm hot spots in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="530" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="248" />
        <source>Emerging hot spots (a year, weekly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="538" />
        <source>Hot and cold spots by week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_project.py" line="544" />
        <source>Aoristic hours of the week per place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/demo_steps.py" line="261" />
        <source>When it happens (aoristic hours of the week)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="246" />
        <source>Protective marking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="246" />
        <source>The marking printed at the top and bottom of every map, briefing and report page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="260" />
        <source>Protective marking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/parts.py" line="260" />
        <source>Printed on every page of the plugin's layouts (e.g. OFFICIAL or OFFICIAL-SENSITIVE):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="686" />
        <source>“{name}” looks like officer GPS fixes ({fields}), not survey responses. Choose the survey's table or point layer (one row per response, the answers as fields), or load its CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="691" />
        <source>“{name}” looks like crime records ({fields}), not survey responses. Choose the survey's table or point layer, or load its CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="696" />
        <source>“{name}” has no answer-like fields (ratings from 0 to 10, or text answers from a few options), so it cannot be a survey. Choose the layer of survey responses, or load its CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/survey_dock.py" line="701" />
        <source>“{name}” is not a table or a point layer, so it cannot be survey responses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/gui/tasking/briefing.py" line="173" />
        <source>Plan for {day}  ·  rank {rank}  ·  page {page} of {pages}  ·  made {made}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="53" />
        <source>Hot spot map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="54" />
        <source>Geofence briefing atlas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="350" />
        <source>Made {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="440" />
        <source>This place (to patrol)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="441" />
        <source>Other places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="477" />
        <source>Harm-weighted Getis–Ord Gi* hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="526" />
        <source>Geofence briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="528" />
        <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="641" />
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="685" />
        <source>The print layout was not added: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="29" />
        <source>Cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="31" />
        <source>Harm (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="32" />
        <source>Gi* z-score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="33" />
        <source>Gi* p-value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="34" />
        <source>Gi* bin (−3 cold … 3 hot)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="35" />
        <source>Neighbour cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="36" />
        <source>Harm rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="37" />
        <source>Fence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="39" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="40" />
        <source>Area (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="41" />
        <source>PAI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="42" />
        <source>Harm PAI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="43" />
        <source>PEI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="44" />
        <source>Dwell per visit (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="45" />
        <source>Officer time (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="46" />
        <source>Patrol time (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="48" />
        <source>Tasked (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="50" />
        <source>Shortfall (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="51" />
        <source>Compliance (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="52" />
        <source>Compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="53" />
        <source>Duration (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="54" />
        <source>Fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="55" />
        <source>Officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="56" />
        <source>Start (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="57" />
        <source>End (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="58" />
        <source>Window start (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="59" />
        <source>Window end (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="61" />
        <source>Crime ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/styles.py" line="62" />
        <source>LSOA code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Hotter in the second run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>The same bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Cooler in the second run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Significant rise (p &lt; 0.05)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>No significant change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/legend_labels.py" line="15" />
        <source>Significant fall (p &lt; 0.05)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="38" />
        <source>{places} places × {days} policing days ({first} to {last}) = {n} place-days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="41" />
        <source>Allocated: {treatment} treatment, {control} control, {washout} washout, {unscheduled} not scheduled place-days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="52" />
        <source>Randomised each day within {n} blocks ({blocks}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="59" />
        <source>Tasked {tasked} patrol-minutes; delivered {delivered} inside the windows ({share} %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="67" />
        <source>Patrol presence in control places: {minutes} min per place-day ({share} % of control place-days had some).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="81" />
        <source>Power: with {places} places × {days} days the smallest effect found with {power} % power (α {alpha}) is a rate ratio of {ratio}, {fewer} % fewer crimes (simulated power {simulated}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="105" />
        <source>Friday or Saturday (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="107" />
        <source>Mean day length (h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="108" />
        <source>Place's crimes per control day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="108" />
        <source>Place's harm per control day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="165" />
        <source>Rate ratio, treatment ÷ control (95 % interval; below 1 = fewer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="188" />
        <source>Patrol minutes delivered that day (treatment and control place-days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="189" />
        <source>Harm per place-day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="189" />
        <source>Crimes per place-day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="224" />
        <source>Hours after the patrol left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/evaluation/report.py" line="225" />
        <source>Share still without a crime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="24" />
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="26" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="65" />
        <source>All places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="79" />
        <source>share of the place's weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="91" />
        <source>hour of the day (local time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="92" />
        <source>crimes (aoristic weight)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="93" />
        <source>Aoristic weight by hour of the week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="111" />
        <source>equal shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="112" />
        <source>crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="112" />
        <source>harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="119" />
        <source>{name} (Gini {gini})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="123" />
        <source>share of places (least affected first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="124" />
        <source>share held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/core/trends/charts.py" line="125" />
        <source>Concentration (Lorenz curve)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="177" />
        <source>Treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="177" />
        <source>Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="177" />
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/trial_report.py" line="354" />
        <source>{title}  ·  {made}  ·  page {page} of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>January</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>February</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>March</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>April</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>May</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>June</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>July</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>August</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>September</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>October</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>November</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/qgis_io/layouts.py" line="344" />
        <source>December</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AoristicAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="20" />
        <source>When it happens (aoristic hours of the week)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="21" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="34" />
        <source>Ratcliffe's aoristic method for crimes known only to have happened between two times (a burglary found after a weekend away, a car damaged overnight): each crime's weight of 1 is spread evenly over the real time between its from and to times, and every hour of the week (how: Monday 00:00–00:59 = 0 … Sunday 23:00 = 167, local time) gets the share falling in it. 08:00–16:00 gives 0.125 to each of 8 hours; a crime with no to time (or to = from) puts all its weight in its start hour; a window of a week or more spreads 1/168 to every hour. Clock changes are counted in real time. With places (polygons: fences, beats, hot spot cells) the weights are summed per place (crimes in no place are left out and counted).

Outputs: a table (place, how, day, hour, weight: all 168 hours, per place) and a heat-strip chart (PNG) of the weights. The counts of instant, windowed and week-long crimes are in the log and the table's metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="49" />
        <source>Crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="49" />
        <source>Crimes with from/to times: points when places are given, else any layer or table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="55" />
        <source>From (earliest) time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="55" />
        <source>The earliest time the crime can have happened: a date-time field or text (2026-03-01T21:15, 01/03/2026 21:15). Times without an offset are local time in the time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="64" />
        <source>To (latest) time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="64" />
        <source>The latest time it can have happened; empty (field or value): all weight in the from hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="70" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="70" />
        <source>Optional polygons (fences, beats, cells): the weights are summed per place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="77" />
        <source>Place name field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="77" />
        <source>Field naming each place in the table (e.g. fence_id); empty: the feature id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="83" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="83" />
        <source>IANA time zone of the hours of the week and of times without an offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="182" />
        <source>Aoristic weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="88" />
        <source>One row per (place and) hour of week: place, how (0 = Monday 00:00), day, hour, weight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="94" />
        <source>Heat-strip chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="94" />
        <source>The weights as a heat map: days × hours, or one strip of 168 hours per place (the 20 busiest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="100" />
        <source>Crimes used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="101" />
        <source>Busiest hour of the week (0 = Monday 00:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/aoristic.py" line="102" />
        <source>Busiest hours of the week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompareHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="31" />
        <source>Compare two hot spot runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="32" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="44" />
        <source>Compares two runs of Harm-weighted hot spots (two periods, cell sizes or bands) cell by cell, as ArcGIS's Hot Spot Analysis Comparison: each cell's gi_bin in both runs (run 2's bin is the one at the centre of run 1's cell; cells tested in one run only count as not significant in the other), whether they agree, and a fuzzy similarity that gives partial credit for the neighbouring confidence level (99 % against 95 % hot: 0.5) and, halving per cell of distance, for the same bin among the nearest cells (Hagen-Zanker 2009). The overall similarity is the mean over the cells, kappa = (similarity − expected) / (1 − expected) with the expected similarity of unrelated runs with the same bin frequencies and clustering; plain Cohen's kappa and the share of equal bins are in the log. Identical runs give similarity 1 and kappa 1. 'Conditional' compares only cells significant in either run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="58" />
        <source>First run (cells)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="58" />
        <source>Second run (cells)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="59" />
        <source>The cell output of Harm-weighted hot spots (gi_bin −3..3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="65" />
        <source>Nearest cells searched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="65" />
        <source>How many nearest cells may supply a match, at half credit per cell of distance (0: none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Credit between confidence levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Fuzzy (0.5 for the neighbouring level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Exact (equal bins only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="72" />
        <source>Fuzzy: 99 % and 95 % hot (or 95 % and 90 %) count half a match; exact: only equal bins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="81" />
        <source>Conditional: only cells significant in either run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="81" />
        <source>Leave out cells not significant in both runs (ArcGIS's conditional similarity and kappa).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="88" />
        <source>Compared cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="88" />
        <source>Cells with bin_1, bin_2, agree, change (e.g. hot 95% → not significant), similarity, expected_similarity, kappa (local) and included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Similarity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Expected similarity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Kappa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Share of cells with equal bins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Cohen's kappa (exact, non-spatial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="97" />
        <source>Cells compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/compare_hotspots.py" line="174" />
        <source>Compared hot spot runs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConcentrationAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="31" />
        <source>Concentration (80-20 table, Lorenz curve, Gini)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="32" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="43" />
        <source>How concentrated crime and harm are on few places (ArcGIS's 80-20 analysis, Weisburd's law of crime concentration): places (hot spot cells, fences, street segments — any layer with a crime count per place) are ranked by crimes and, separately, by harm; row k of the table gives the share of all crimes in the k places with most crimes (cum_share_crimes) and the share of all harm in the k places with most harm (cum_share_harm). The Gini coefficient (0: every place the same; near 1: one place has everything) is Σ|xi − xj| / (2 n² mean) over all places, and the Lorenz curve is drawn as a chart. Every place counts, places with no crime too: a hot spot cell layer made without a study area holds only cells with crimes, which understates concentration (the log says so). The places holding 50 % and 80 % of crimes and harm are in the log and the outputs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="56" />
        <source>Places with counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="56" />
        <source>Cells, fences or street segments with a crime count each (e.g. Harm-weighted hot spots' cells).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="62" />
        <source>Crime count field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="62" />
        <source>Numeric field with the number of crimes of each place (NULL is refused: fill 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="72" />
        <source>Harm field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="72" />
        <source>Numeric field with the harm of each place (e.g. harm); empty: crimes only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="82" />
        <source>Place id field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="82" />
        <source>Field naming each place in the table (e.g. cell_id, fence_id); empty: the feature id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="88" />
        <source>Concentration table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="88" />
        <source>One row per rank: rank, cum_share_places, cum_share_crimes, cum_share_harm, place_by_crimes, crimes, place_by_harm, harm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="97" />
        <source>Lorenz curve chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="97" />
        <source>The Lorenz curves of crimes and harm with their Gini coefficients, as a PNG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Gini of crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Gini of harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 50 % of crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 80 % of crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 50 % of harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="103" />
        <source>Share of places holding 80 % of harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/concentration.py" line="173" />
        <source>Concentration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreateGeofenceLayerAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="109" />
        <source>GeoPackage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="119" />
        <source>PostGIS database (connection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="131" />
        <source>Schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="137" />
        <source>Table (layer) name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="155" />
        <source>Geofence layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="156" />
        <source>History table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="157" />
        <source>QGIS data provider (ogr or postgres)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="68" />
        <source>Create geofence layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="69" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="144" />
        <source>Fences to start with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="84" />
        <source>Creates an empty geofence layer for planners to draw and edit by hand, either in a GeoPackage (one analyst) or in a schema of a PostGIS database (several planners at once). Fields: fence_id (assigned by the database, never changes), name, rank, status (draft/live/retired), valid_from, valid_to, notes, edited_by, edited_at; polygons in EPSG:27700 (British National Grid). In PostGIS the table also has version (raised on every change) so that two planners editing the same fence get an edit-conflict error instead of one silently overwriting the other.

Next to the layer, in the same database, a table &lt;name&gt;_history records every insert, geometry change and delete (fence, user, time, old and new geometry) through database triggers; export it with Geofence change history. The form (status list, date pickers, read-only id and audit fields) and style are saved as the layer's default style, so the layer opens ready to edit.

To start from hot spots, give the output of Geofences from hot spots as 'Fences to start with': they are copied in as drafts (name and rank kept; fence_id assigned by the database).

Credentials: use a connection whose user name and password are kept in a QGIS authentication configuration (authcfg). The plugin never writes a password: not in its log, the layer's metadata, the results or the Processing history, and the layer it adds leaves the password out of its source (so it is not saved in projects; QGIS asks for it in a new session unless the connection uses an authentication configuration).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="112" />
        <source>A GeoPackage to create the layer in (a new file, or an existing one that has no table of that name). Leave empty to use a PostGIS database instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="119" />
        <source>A saved PostgreSQL connection (Browser → PostgreSQL → New Connection) to create the layer in. Used when no GeoPackage is given. Keep its user name and password in an authentication configuration (Authentication → Configurations in the connection dialog), not typed into the connection: then no password is stored in QGIS's settings, projects or logs, and passwords are changed in one place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="131" />
        <source>The existing schema of that database to create the table in (you need CREATE rights on it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="137" />
        <source>Name of the new layer: lower-case letters, digits and underscores. The history table is called &lt;name&gt;_history. An existing table is never overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="144" />
        <source>Optional polygons copied into the new layer, e.g. the output of Geofences from hot spots. Their name, rank, status, valid_from, valid_to and notes are kept when present (status draft otherwise); they are reprojected to EPSG:27700 and multi-part fences split into one fence per part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="189" />
        <source>Choose either a GeoPackage or a PostGIS connection, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="194" />
        <source>Created the geofence layer {} and its history table {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="201" />
        <source>Created {0}.{1} and {0}.{2} in the database of {3}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="210" />
        <source>Give a GeoPackage file to create, or choose a PostGIS connection and schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="216" />
        <source>Copied {} fence(s) into the new layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/create_geofence_layer.py" line="217" />
        <source>The form and style are saved as the layer's default style (layer_styles).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisplacementAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="56" />
        <source>Displacement and diffusion (WDD, WDQ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="57" />
        <source>Trial evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="70" />
        <source>Was crime pushed round the corner, or did the benefit spread? Crimes are counted (and their harm summed) in four areas — the treated areas, the control areas, and a ring of BUFFER_M metres around each (the ring excludes every treated and control area) — in a before and an after period (policing days, both ends inclusive).
Weighted Displacement Difference (Wheeler &amp; Ratcliffe 2018): WDD = ΔTreated − ΔControl + ΔTreated ring − ΔControl ring (Δ = after − before); negative is a net fall beyond the controls'. Its variance is the sum of the eight counts (Poisson), or for harm the sum of squared harms; z, a two-sided p and a 95 % interval follow. Weighted Displacement Quotient (Bowers &amp; Johnson 2003): (B_a/C_a − B_b/C_b) ÷ (A_a/C_a − A_b/C_b), read only when the treated areas improved: above 0 diffusion of benefits, below 0 displacement (−1: the ring rose as much as the target fell); NULL when undefined.
Outputs: OUTPUT, one row per measure (crimes, and harm with a harm field) with treated_before, treated_after, control_before, control_after, treated_ring_before, treated_ring_after, control_ring_before, control_ring_after, wdd, wdd_se, wdd_z, wdd_p, wdd_ci_low, wdd_ci_high, wdq; OUTPUT_AREAS (optional), the four areas as polygons (area, label), styled. Warnings (periods of unequal length, crimes in both rings) go to the log and metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="89" />
        <source>Crime points with a date and time (and optionally a harm), both periods.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="90" />
        <source>Treated areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="90" />
        <source>Polygons of the places that were patrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="96" />
        <source>Control areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="96" />
        <source>Polygons of comparable places that were not (not overlapping the treated areas).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="102" />
        <source>Ring width (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="102" />
        <source>Width of the ring around each area where displaced crime would show (e.g. 150 m).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Before: first day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>First policing day before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Before: last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Last policing day before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>After: first day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>First policing day after (or during).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>After: last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="109" />
        <source>Last policing day after (or during).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="119" />
        <source>Both ends are inclusive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="120" />
        <source>Local time the policing day starts; the periods are whole policing days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="198" />
        <source>Displacement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="121" />
        <source>One row per measure: the eight counts (or harm sums), WDD with SE, z, p and interval, and WDQ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="216" />
        <source>Areas and rings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="127" />
        <source>The treated and control areas and their rings as polygons (area, label), styled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="134" />
        <source>WDD (crimes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="134" />
        <source>WDD z (crimes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/displacement.py" line="134" />
        <source>WDQ (crimes)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DwellComplianceAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="169" />
        <source>Tracked fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="206" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="227" />
        <source>Interpolated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="227" />
        <source>Points only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="239" />
        <source>Maximum gap between fixes (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="246" />
        <source>Minimum visit (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="252" />
        <source>Maximum patrol speed (km/h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="259" />
        <source>Fence buffer (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="268" />
        <source>Policing day starts at (HH:MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="640" />
        <source>Fences with dwell and compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="126" />
        <source>Dwell and compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="127" />
        <source>Tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="169" />
        <source>Officer fixes, e.g. the output of Import tracks: officer_id and t_utc (date-time or ISO 8601 text, UTC) are required; speed_kmh (km/h) is used for the maximum speed when present.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="206" />
        <source>The fence polygons. A fence_id field, when present, links them to the taskings and visits; otherwise the feature id is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="227" />
        <source>Interpolated clips the segment between fixes by the fence (time ∝ length inside); points only counts a segment only when both fixes are inside (a lower bound, for comparison).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="239" />
        <source>Fixes further apart than this are 'no data' in between (about 2.5 × the normal interval).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="246" />
        <source>Shorter visits are drive-throughs: not listed and not counted in any minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="252" />
        <source>Movement faster than this is pass-through (e.g. a vehicle), not patrol. Empty or 0: no limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="259" />
        <source>Widen each fence by this many metres for GPS error (10–25 m is typical); the output keeps the fences' own outlines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="285" />
        <source>One row per visit: fence_id, officer_id, start_utc, end_utc, duration_s, mode (stop, foot, vehicle from the mean speed), n_fixes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="294" />
        <source>The fences with their own fields plus dwell_min, officer_min, patrol_min, visits, tasked_min, delivered_min, compliance_pct and compliance_status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="147" />
        <source>Measures how long officers were in each geofence, from tracked fixes (officer_id and t_utc are required; speed_kmh is used when present), and compares it with taskings.
Interpolated: the straight segment between consecutive fixes of an officer (no more than the maximum gap apart) is clipped by the fence and its time shared in proportion to the length inside; a stationary pair inside counts fully. Points only: a segment counts only when both fixes are inside (a lower bound). Longer gaps are 'no data': neither present nor absent.
A visit is one officer's continuous presence in one fence within one policing day; visits shorter than the minimum visit are drive-throughs and count nowhere. Segments faster than the maximum speed are pass-through. officer_min sums over officers, patrol_min is the union (minutes with at least one officer present), dwell_min the mean minutes per visit.
Compliance, per tasking (the per-tasking table) and per fence (the sum of its taskings): delivered minutes are the patrol minutes inside each tasking window; each tasking counts up to its own dose. A tasking is no data when there is no tracking data (of any officer, anywhere) during its window. Status: met (all delivered), partly met, not met (nothing, although tracked), no data; a fence is met when all its covered taskings are, and no data when none is covered. Naive times in the taskings (DateTime fields read from a file, text without an offset, clock times on the policing day) are local time in the time zone.
The parameters used are written to the log and to every output's metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="215" />
        <source>Optional table from the tasking schedule: fence_id, date, window_start, window_end, minutes (task_id, shift and team are carried into the per-tasking table; rows whose arm is not 'treatment' are skipped). Windows are DateTime fields, ISO 8601 text or HH:MM clock times on the policing date; without an offset they are local time in the time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="268" />
        <source>Local time when the policing day starts; visits are split there and tasking clock times before it belong to the next calendar day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="277" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="277" />
        <source>IANA time zone of the policing day and of taskings' times without an offset (Europe/London: GMT in winter, BST in summer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="636" />
        <source>Compliance per tasking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="303" />
        <source>With taskings: one row per tasking with task_id, date, shift, fence_id, team, window_start_utc, window_end_utc (UTC), tasked_min, delivered_min, officer_min, shortfall_min, visits, covered and status — the table the Exception report and the tasking dock read. Minutes of a no data tasking are NULL (unknown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="316" />
        <source>Minutes inside any fence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="327" />
        <source>The tracks layer is empty. Import tracks first (Import tracks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="331" />
        <source>The tracks layer needs the fields officer_id and t_utc (as Import tracks writes them); it has {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="343" />
        <source>The tracks layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="342" />
        <source>Read the fixes through GDAL directly (whole file layer, no filter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="348" />
        <source>{} fixes have no geometry and were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="399" />
        <source>The fences have no fence_id field: the feature id stands in for it in visits and when matching taskings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="416" />
        <source>The geofence layer is empty. Draw or generate fences first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="426" />
        <source>The taskings table needs the fields fence_id, date, window_start, window_end and minutes (as the tasking schedule writes them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="432" />
        <source>The taskings table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="541" />
        <source>{} taskings name a fence_id that is not in the geofence layer; they were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="547" />
        <source>None of the {fixes:,} fixes lies in any of the {fences:,} geofences: every fence has 0 dwell. Check that the tracks and the fences cover the same area, and that the fixes' coordinates were imported in the right CRS (Import tracks, Coordinates' CRS; the fixes were measured in {crs}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="590" />
        <source>Replaced the fences' earlier {} with this run's values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="623" />
        <source>Compliance: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Maximum gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Minimum visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Maximum patrol speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fence buffer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Policing day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Working CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Tracked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="179" />
        <source>Tracked fixes as Parquet (folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="179" />
        <source>Instead of the tracks layer: a folder of fixes as Parquet by policing day (Import tracks' Parquet output, or python -m hotspot_plugin.core.dask_scale import), for more fixes than fit in memory. It is read one policing day at a time, in this process or on Dask; its day start and time zone must be this run's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="193" />
        <source>Dask scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/dwell_compliance.py" line="193" />
        <source>Empty: run in this process. local: a Dask cluster of worker processes on this computer. An address such as tcp://host:8786: your data team's Dask cluster (its workers need Python with numpy, pandas, shapely, pyarrow and Dask, not the plugin, and must be able to read the Parquet folder). With Dask, the tracks layer is first written as Parquet to a temporary folder (on this computer: use the Parquet folder for a remote cluster). Needs the Python packages dask, distributed and pyarrow.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmergingHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="52" />
        <source>Emerging hot spots (space-time Gi*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="53" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="71" />
        <source>Emerging hot spot analysis (after ArcGIS's tool of that name): crimes with a date-time are binned into a space-time cube of the same grid cells as Harm-weighted hot spots (same grid, cell size, distance band and cell rule: only cells with crimes, or every cell of the study area boundary) by calendar step (day, Monday-based week or month, local time). Each cell and step gets a Gi* z-score whose neighbours are the cells within the distance band in that step and in the TIME_NEIGHBOURS previous steps; significance bins use Benjamini–Hochberg FDR per step. A Mann–Kendall test on each cell's series of z-scores gives its trend (trend_z, trend_p), and the 17 ArcGIS categories follow from the bins with ArcGIS's 90 % rules: new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot or cold spots, or no pattern.

Outputs: the cells with category, trend and steps significant (n_sig_steps), and a per-step layer (cell_id, step, step_start, step_end, gi_z, gi_p, gi_bin) set up for the Temporal Controller, so the map plays week by week. At least 10 steps are needed; a partly covered first or last step is warned about (it looks like a trend).

Automatic choices (cell size and distance band as in Harm-weighted hot spots, the period from the first to the last crime, the harm field) are written to the log and the outputs' metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="91" />
        <source>Crime points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="91" />
        <source>One point per crime, with the date-time it happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="97" />
        <source>Date-time field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="97" />
        <source>When each crime happened: a date-time field, or text such as 2026-03-01T21:15 or 01/03/2026 21:15. Times without an offset are local time in the time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Grid type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Square (fishnet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Hexagon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="107" />
        <source>Square cells (UK practice) or hexagons, as Harm-weighted hot spots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="116" />
        <source>Cell size (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="116" />
        <source>Cell edge in metres. 0 chooses it as Harm-weighted hot spots does (150 m for a town).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="121" />
        <source>Distance band (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="121" />
        <source>Cells whose centres are within this many metres are spatial neighbours (the cell itself included). 0 chooses it by incremental spatial autocorrelation on the whole period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Time step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="129" />
        <source>The length of each step of the cube: local calendar days, Monday-based weeks or months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="138" />
        <source>Time neighbours (previous steps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="138" />
        <source>How many previous steps of the same and nearby cells count as neighbours of a cell and step (ArcGIS's neighbourhood time step less one). 0: each step on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="148" />
        <source>Study area boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="148" />
        <source>Polygons where crime can happen. Given: every cell sharing area with it is tested, empty cells included, and crimes outside it are left out. Not given: only cells with at least one crime in the period are tested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>First day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>First day of the period; empty: the first crime's day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>Last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="159" />
        <source>Last day of the period (inclusive); empty: the last crime's day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Global window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Entire cube</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Each step's time window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="172" />
        <source>Over which bins Gi*'s mean and standard deviation are taken: the entire cube (ArcGIS's default) or the steps of each bin's time window (with 0 time neighbours: each step alone, exactly Harm-weighted hot spots on that step).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="186" />
        <source>Correct for multiple testing (FDR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="186" />
        <source>Benjamini–Hochberg false discovery rate correction of each step's bins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>A step is a hot or cold spot from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>90 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>95 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>99 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="191" />
        <source>The bin a step must reach to count as a hot or cold spot in the categories (ArcGIS: 90 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="201" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="201" />
        <source>IANA time zone of the calendar steps and of times without an offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="215" />
        <source>Per-step layer: every cell in every step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="215" />
        <source>Write every cell in every step to the per-step layer (cells × steps features: large). Off: only the bins that are hot or cold spots, which is what the Temporal Controller shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="225" />
        <source>Emerging hot spot cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="225" />
        <source>Tested cells with category, category_code (1..8 hot, −1..−8 cold, 0 no pattern), trend_z, trend_p, trend_tau, n_hot_steps, n_cold_steps, n_sig_steps, last_gi_bin, n_crimes, harm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="234" />
        <source>Emerging hot spots by step (temporal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="234" />
        <source>Cells by step with step_start, step_end, n_crimes, harm, gi_z, gi_p, gi_bin; plays in the Temporal Controller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="245" />
        <source>Cell size used (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="246" />
        <source>Distance band used (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="247" />
        <source>Cells tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="248" />
        <source>Time steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="249" />
        <source>Cells in a hot spot category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="250" />
        <source>Cells in a cold spot category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="251" />
        <source>New hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="252" />
        <source>Intensifying hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="396" />
        <source>Emerging hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="415" />
        <source>Emerging hot spots by step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/emerging_hotspots.py" line="207" />
        <source>Empty: in memory, in this process. local (a Dask cluster on this computer) or an address such as tcp://host:8786: the space-time cube's Gi* (and the whole period's, which picks the cells) is computed in tiles with a halo of the band's reach and the time neighbours, square or hexagon grid, giving the same numbers, for national grids. Needs the Python packages dask and distributed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExceptionReportAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="80" />
        <source>Tasking schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="89" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="109" />
        <source>Window tolerance (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="293" />
        <source>Exception report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="295" />
        <source>Exception summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="51" />
        <source>Exception report (tasked vs delivered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="52" />
        <source>Taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="80" />
        <source>A schedule from Tasking schedule (task_id, date, shift, fence_id, arm, window_start, window_end, minutes, team); control rows are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings partly met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="151" />
        <source>Taskings with no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="65" />
        <source>One row per treated tasking with tasked, delivered and shortfall minutes and its status, and a summary by day, shift and place. The statuses are those of Dwell and compliance — one definition for the map, the tasking dock and this report: delivered minutes are the minutes inside the tasking's window when at least one officer was in the place (a pair counts once; officer_min sums officers); met (all delivered), partly met (some), not met (none, although tracked), no data (no tracking data during the window — its minutes are then NULL, unknown).
Best: give the per-tasking table (Compliance per tasking) of Dwell and compliance; the report is then exactly that table. With only the visits, tracking is estimated from them: an officer counts as tracked from the start of their first to the end of their last visit of each policing day, so some taskings the tracks did cover may show no data (never the other way round). The window tolerance applies to the visits only. Fence ids are matched as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="89" />
        <source>Visits from Dwell and compliance: fence_id, officer_id, start_utc, end_utc (UTC). Used when no per-tasking table is given (tracking is then estimated from the visits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="99" />
        <source>Compliance per tasking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="99" />
        <source>The per-tasking table of Dwell and compliance (OUTPUT_TASKINGS), made with this schedule: the report takes its minutes and statuses as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="109" />
        <source>With visits: also count presence this many minutes before and after each window. Not available with the per-tasking table, which was measured on the tasked windows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="120" />
        <source>Policing day starts at (HH:MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="120" />
        <source>With visits: the policing days over which an officer's tracking is estimated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="127" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="127" />
        <source>IANA time zone of the schedule's times without an offset and of the policing day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="132" />
        <source>One row per treated tasking with tasked_min, delivered_min, officer_min, shortfall_min, visits and status (minutes NULL for no data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="141" />
        <source>Totals and status counts by day, shift and place (level, key); delivered and shortfall minutes over the taskings with data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="165" />
        <source>The per-tasking table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="178" />
        <source>{} treated taskings of the schedule are not in the per-tasking table (edited after Dwell and compliance ran, or for fences not in its geofence layer); they are left out. Run Dwell and compliance again with this schedule to include them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="210" />
        <source>Give the per-tasking table of Dwell and compliance (COMPLIANCE), or its visits (VISITS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="215" />
        <source>The per-tasking table was measured on the tasked windows, so a window tolerance cannot be added to it. Set the tolerance to 0, or give the visits instead of the per-tasking table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="233" />
        <source>Both the per-tasking table and visits were given: the table is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/exception_report.py" line="238" />
        <source>The visits table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>treated taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>statuses from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>tolerance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>tasked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>visits read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>policing day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForecastAccuracyAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="34" />
        <source>Do hot spots predict? (hit rate, PAI, PEI, RRI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="35" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="50" />
        <source>Scores hot spots chosen from one period against the crimes of a later one. Hot spots are the cells of a Harm-weighted hot spots run with gi_bin at least the minimum bin (the other cells are the rest of the study area), or every polygon of a fence layer (then give the study area). With N the later crimes in the study area, n those in the hot spots, A the study area and a the hot spots' area: hit rate = n / N; PAI = (n / N) / (a / A) (Chainey, Tompson &amp; Uhlig 2008); PEI = n / n*, n* the most crime the busiest units of the same total area held (Hunt 2016; cells only); RRI = (n2 / n1) / (N2 / N1) with the earlier counts from the cells' n_crimes (Levine 2008). 10 % of the cells holding 30 % of the later crime is a hit rate of 0.30 and a PAI of 3.0. With a harm field the same figures are given on harm. A: the study area when given, else the units' total area — never a bounding box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="63" />
        <source>Hot spots (cells or fences)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="63" />
        <source>The cell output of Harm-weighted hot spots for the earlier period (gi_bin, n_crimes), or fences: a polygon layer without gi_bin, every polygon a hot spot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="72" />
        <source>Hot spot from bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="72" />
        <source>Cells with gi_bin at least this are hot spots (3 = 99 %, 2 = 95 %, 1 = 90 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="81" />
        <source>Crimes of the later period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="81" />
        <source>One point per crime; filtered to the days below when a date-time field is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="87" />
        <source>Date-time field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="87" />
        <source>When each crime happened; needed only to keep the crimes of the days below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="93" />
        <source>Later period: first day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="93" />
        <source>Later period: last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="97" />
        <source>Inclusive ISO date, local time; empty: no limit on that side (needs the date-time field).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="101" />
        <source>Harm field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="101" />
        <source>Numeric harm of each later crime: adds the harm hit rate, PAI and PEI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="111" />
        <source>Study area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="111" />
        <source>Polygons of the whole study area (A); needed with fences. Empty: the units' total area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="118" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="118" />
        <source>IANA time zone of the days and of times without an offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="240" />
        <source>Forecast accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="121" />
        <source>One row per measure: measure, value, definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Hit rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Predictive Accuracy Index (PAI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Predictive Efficiency Index (PEI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Recapture Rate Index (RRI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/forecast_accuracy.py" line="127" />
        <source>Share of the area in hot spots</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeofenceHistoryAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="58" />
        <source>Geofence layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="67" />
        <source>Only these fence ids (comma-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="73" />
        <source>Geometry of each row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="173" />
        <source>Geofence history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="88" />
        <source>Changes exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="30" />
        <source>Geofence change history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="31" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="89" />
        <source>Changes overwritten by a later save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="44" />
        <source>Exports the change history of a geofence layer made by Create geofence layer: one row per insert, geometry change and delete, with fence_id, action, edited_by (the database user in PostGIS; in a GeoPackage the QGIS user who last edited the fence), edited_at (UTC), the fence's area before and after, and both geometries as WKT (old_wkt, new_wkt). The row's own geometry is the fence after the change (before it, for deletes), or the other way round. The history is read, never changed.

Overwritten edits (PostGIS): version is the fence's version the change made, based_on_version the version it was made from. A save made over a newer version than the one it was based on (a planner who chose Keep my version after an edit conflict) has overwrote = true, and each change it replaced without building on it has overwritten_by = the history_id of that save, so no edit is lost from view. The database refuses every other save based on an old version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="39" />
        <source>Fence after the change (before it, for deletes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="40" />
        <source>Fence before the change (after it, for inserts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="58" />
        <source>A geofence layer in a GeoPackage or PostGIS made by Create geofence layer; its history table (&lt;layer&gt;_history) is read from the same database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="67" />
        <source>Leave empty for the history of every fence, or list fence ids such as 3, 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="73" />
        <source>Which of the two geometries becomes the row's geometry; both are always in old_wkt and new_wkt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="82" />
        <source>One row per change, oldest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="101" />
        <source>'{}' is not a list of fence ids such as 3, 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="157" />
        <source>{} change(s) exported from the history of {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="161" />
        <source>{} change(s) were overwritten by a later save that did not build on them (history_id {}; see overwritten_by).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="168" />
        <source>This history keeps no versions (GeoPackage): overwritten edits cannot be flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofence_history.py" line="172" />
        <source>No change was overwritten.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeofencesFromHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="72" />
        <source>Hot spot cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="78" />
        <source>Minimum Gi* bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="99" />
        <source>Keep the top N fences (0 = all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="106" />
        <source>Buffer (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="111" />
        <source>Simplify tolerance (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="116" />
        <source>Minimum area (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="289" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="136" />
        <source>Fences drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="137" />
        <source>Share of harm inside fences (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="138" />
        <source>Share of the area inside fences (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="33" />
        <source>Geofences from hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="48" />
        <source>Draws geofence polygons around hot spots: cells with gi_bin at or above the minimum bin are dissolved, contiguous cells (sharing an edge) forming one fence; an optional buffer allows for GPS error, outlines can be simplified and slivers dropped. Fences are ranked by harm (1 = most harm) and carry their harm, crimes and area, and three scores:
pai: Prediction Accuracy Index (Chainey et al. 2008), share of crimes captured ÷ share of the study area covered;
pai_harm: the same with harm (a harm PAI);
pei: Predictive Efficiency Index, crimes captured ÷ the most crimes tested cells of the same total area could capture (1 = the busiest cells possible).
Crimes, harm and area are those of the fence's cells (the buffer is a GPS allowance and is not counted). The study area is the Study area boundary when given (use the boundary the hot spots were computed in), else the area of all the tested cells, never a bounding box. The log and the layer's metadata give the scores of all fences together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="72" />
        <source>The cell output of Harm-weighted hot spots (needs the fields gi_bin, harm and n_crimes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="78" />
        <source>Cells with gi_bin at or above this qualify: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence hot spots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="87" />
        <source>Minimum crimes in a cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="87" />
        <source>A hot cell qualifies only when it holds at least this many crimes (n_crimes). 0 = every hot cell, including empty cells that are hot because of their neighbours; 1 or 2 keeps fences to the places where crime (or repeat crime) was recorded, so they stay patrol-sized.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="99" />
        <source>Keep only the N fences with the most harm (forces usually pick 20–80 hot spots).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="106" />
        <source>Widen each fence by this many metres to allow for GPS error (10–25 m is typical).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="111" />
        <source>Simplify outlines with this tolerance in metres (0 = keep cell edges).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="116" />
        <source>Drop fences smaller than this (slivers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="119" />
        <source>Study area boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="119" />
        <source>The boundary the hot spots were computed in (Harm-weighted hot spots' BOUNDARY): its area is the study area A of PAI, and fence cells are measured within it. Empty: A is the area of all the tested cells.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="130" />
        <source>Fence polygons with fence_id, name, rank, harm, n_crimes, area_m2, pai, pai_harm and pei.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="139" />
        <source>Share of crimes inside fences (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="140" />
        <source>PAI of all fences together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="141" />
        <source>Harm PAI of all fences together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="142" />
        <source>PEI of all fences together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="180" />
        <source>The cell layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="155" />
        <source>The cell layer is empty. Run Harm-weighted hot spots first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="169" />
        <source>The study area boundary has no polygons. Choose the polygon layer the hot spots were computed in, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="201" />
        <source>{:,} of {:,} cells have {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="241" />
        <source>No fences: no cells have {} (or all were dropped by the minimum area). Lower the minimum bin, the minimum crimes or the minimum area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Fences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Study area A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Harm captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>All fences together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cells used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Buffer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/geofences_from_hotspots.py" line="48" />
        <source>Loaded into a project (run from the toolbox), the output also adds the print layout Geofence briefing atlas (Project ▸ Layouts): a page per fence, most harmful first, with its map and figures.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HarmHotspotsAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="89" />
        <source>Crime points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="161" />
        <source>Harm field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="175" />
        <source>Crime type field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="181" />
        <source>Harm table (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Grid type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Square (fishnet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Hexagon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="105" />
        <source>Cell size (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="110" />
        <source>Distance band (m, 0 = automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="118" />
        <source>Correct for multiple testing (FDR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="122" />
        <source>Study area boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="141" />
        <source>Hot spot cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="390" />
        <source>Harm hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="42" />
        <source>Harm-weighted hot spots (Gi*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="43" />
        <source>Hot spots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="61" />
        <source>Aggregates crime points into a square or hexagon grid, weighting each crime by its harm, and tests the cells with the Getis–Ord Gi* statistic (binary distance-band weights, the cell itself included). gi_bin is −3..3: ±3 at 99 %, ±2 at 95 %, ±1 at 90 % confidence, with Benjamini–Hochberg false discovery rate correction when FDR is on. gi_z and gi_p are unadjusted.

Which cells are tested (ArcGIS Optimized Hot Spot Analysis): with no study area boundary, only cells holding at least one crime; with a boundary, every cell sharing area with it, empty cells included, and only crimes inside the boundary count.

Harm: a numeric harm field (a field called 'harm' is used when nothing else is chosen), or a crime-type field with a harm table (the shipped table when none is given); 'Count crimes' weighs every crime 1.

Automatic choices (cell size 0 → 150 m, the UK practice; distance band 0 → incremental spatial autocorrelation, the first significant peak of Moran's I) and a summary (crimes used and dropped, cells tested, FDR cut-offs, hot and cold cells, share of harm in hot cells) are written to the log and the output's metadata. Geographic input in Great Britain is reprojected to EPSG:27700 (OSTN15 when available; the log names the operation); at least 30 incidents are needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="89" />
        <source>One point per crime, e.g. the output of Import police.uk street crime CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="161" />
        <source>Numeric field with each crime's harm (e.g. 'harm' from the police.uk import). Left empty, a numeric field called 'harm' is used if the layer has one; otherwise choose a crime type field, or crimes are counted (with a warning).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="175" />
        <source>Field with the crime type, weighted through the harm table. Use instead of a harm field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="181" />
        <source>CSV crime_type,weight used with the crime type field; empty = the shipped approximate table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="96" />
        <source>Square cells (UK practice) or hexagons (cell size = distance between hexagon centres).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="105" />
        <source>Cell edge in metres. 0 chooses 150 m, made coarser only for very large areas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="110" />
        <source>Cells whose centres are within this many metres are neighbours (the cell itself included). 0 chooses it by incremental spatial autocorrelation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="118" />
        <source>Benjamini–Hochberg false discovery rate correction of the significance bins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="122" />
        <source>Polygons where crime can happen (e.g. the force or district area). Given: every cell sharing area with it is tested, empty cells included, and crimes outside it are left out and counted. Not given: only cells holding at least one crime are tested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="215" />
        <source>Count crimes (ignore harm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="215" />
        <source>Weigh every crime 1 even when the layer has a harm field. The summary warns that the result counts crimes rather than weighing their harm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="141" />
        <source>Grid cells with cell_id, n_crimes, harm, gi_z, gi_p, gi_bin, n_neighbours, harm_rank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="148" />
        <source>Cell size used (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="149" />
        <source>Distance band used (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="150" />
        <source>Cells tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="151" />
        <source>Hot cells (95 % or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="152" />
        <source>Share of harm in hot cells (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="153" />
        <source>Cold cells (95 % or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="154" />
        <source>Incidents used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="157" />
        <source>Which cells were tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="243" />
        <source>Give either a harm field or a crime type field (with a harm table), not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="247" />
        <source>'Count crimes' ignores harm: leave the harm field and the crime type field empty, or untick it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="253" />
        <source>A harm table needs a crime type field: choose the field that holds the crime type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="262" />
        <source>Harm: the layer's numeric field {} (used because no harm field, crime type field or 'Count crimes' was chosen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="270" />
        <source>Harm: field {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="274" />
        <source>Harm: crime type field {} weighted by {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="280" />
        <source>Harm: none, every crime counts 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="292" />
        <source>The crime layer is empty. Choose a layer with crime points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="305" />
        <source>The crime layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="304" />
        <source>Read the points through GDAL directly (whole file layer, no filter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="310" />
        <source>{} features have no geometry and were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="315" />
        <source>{} crimes have types missing from the harm table and were left out: {}. Add these types to the harm table to include them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="334" />
        <source>The boundary layer has no polygons. Choose a polygon layer with features.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Crimes reprojected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Boundary reprojected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Study area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cell rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cell size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Distance band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Moran's I by band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Incidents dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Total harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>FDR correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Hot cells by level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cold cells by level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Hot cells (gi_bin ≥ 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Cold cells (gi_bin ≤ −2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="61" />
        <source>Loaded into a project (run from the toolbox), the output also adds the print layout Hot spot map (Project ▸ Layouts): legend, scale bar, north arrow, attribution and the protective marking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="188" />
        <source>Dask scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="134" />
        <source>Empty: Gi* in memory, in this process. local (a Dask cluster on this computer) or an address such as tcp://host:8786: the grid (square or hexagon) is computed in tiles with a halo of the band's reach, giving the same numbers, for national grids. Needs the Python packages dask and distributed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/harm_hotspots.py" line="210" />
        <source>Gi* in tiles on {where}.</source>
        <translation type="unfinished" />
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
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="53" />
        <source>Harm table (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="61" />
        <source>Crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="69" />
        <source>Records imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="70" />
        <source>Records without coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="24" />
        <source>Import police.uk street crime CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="25" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="33" />
        <source>Reads a police.uk street-level crime CSV (data.police.uk) into a point layer in British National Grid (EPSG:27700) and gives every record a harm weight from its crime type.

Rows without coordinates are skipped and counted in the log. Crime types missing from the harm table keep an empty (NULL) harm and are counted in the log.

Coordinates go from WGS 84 to British National Grid by OSTN15 when PROJ's OSTN15 grid or the convertbng package is installed, otherwise by PROJ's Helmert transformation (about 2 m); the log and the layer's metadata name the operation used.

police.uk months have no day or time, and coordinates are snapped to anonymised map points: fine for 150 m cells, not for address-level work.

Contains public sector information licensed under the Open Government Licence v3.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="47" />
        <source>A street-level crime file as downloaded from data.police.uk (e.g. 2018-06-thames-valley-street.csv).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="53" />
        <source>CSV with columns crime_type and weight (e.g. Cambridge Crime Harm Index days). Leave empty to use the shipped table, whose values are approximations: replace them with your force's own CCHI or ONS values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="61" />
        <source>Point layer in EPSG:27700 with crime_id, month, crime_type, location, lsoa_code, outcome and harm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="80" />
        <source>Harm table: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="83" />
        <source>Read {:,} rows ({}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="84" />
        <source>Skipped {:,} rows without coordinates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="86" />
        <source>Skipped {:,} rows whose coordinates are not valid numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="91" />
        <source>{:,} records have crime types missing from the harm table, so their harm is empty (NULL): {}. Add them to the harm table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="105" />
        <source>Coordinates: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_police_uk.py" line="124" />
        <source>Imported {:,} records with coordinates.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportTracksAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="128" />
        <source>Tracking export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="128" />
        <source>Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="149" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="203" />
        <source>Coordinates' CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="212" />
        <source>Time zone of times without an offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="240" />
        <source>Radio id → collar number lookup (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="249" />
        <source>Pseudonymise officer ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="256" />
        <source>Maximum speed (km/h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="264" />
        <source>Maximum accuracy error (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="459" />
        <source>Officer fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="470" />
        <source>Officer tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="312" />
        <source>Fixes read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="313" />
        <source>Fixes kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="314" />
        <source>Fixes dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="315" />
        <source>Officers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="67" />
        <source>Import officer tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="68" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="128" />
        <source>One export file: app GPS or radio location CSV, GPX, GeoJSON points or NMEA log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="149" />
        <source>auto recognises the format from the extension (.csv .gpx .geojson .nmea) or the first characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Officer / radio id column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the collar number, call sign or radio id (ISSI). Empty: guessed; if none is found the file name is the id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Time column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the date and time. Empty: guessed. Two columns can be joined as 'Date + Time'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>X / longitude column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with longitude or easting. Empty: guessed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Y / latitude column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with latitude or northing. Empty: guessed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="203" />
        <source>CRS of the coordinates in the file (default EPSG:4326, latitude/longitude). If it is geographic but the values are clearly eastings/northings, EPSG:27700 is used and the log says so.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="221" />
        <source>Date order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="221" />
        <source>How to read slashed dates such as 07/04/2026. auto: day first (UK, 7 April) unless some dates only make sense month first (04/13/2026) and none only day first; a file with both kinds is refused. day first / month first: read so; dates valid only the other way are dropped and counted. The log says how many dates could be read either way and the order used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="240" />
        <source>CSV with a radio id (ISSI) column and a collar number column. Ids not in it keep their radio id; how many is logged (the ids themselves never are).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="249" />
        <source>Replace ids with keyed pseudonyms (P-…): the same officer gets the same pseudonym within this run, and runs cannot be linked. File names are replaced too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="256" />
        <source>A fix that needs more than this speed to reach and to leave is a GPS jump and is dropped; 0 keeps all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="264" />
        <source>Fixes whose stated error (accuracy, or HDOP × 5 m) exceeds this are dropped; 0 keeps all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="280" />
        <source>Cleaned fixes in EPSG:27700 with officer_id, t_utc (UTC), speed_kmh, heading, accuracy_m, source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="105" />
        <source>Reads officer tracking exports — app GPS or radio location CSV, GPX 1.0/1.1, GeoJSON points or NMEA logs — into cleaned fixes in British National Grid (EPSG:27700) and one track line per officer per policing day (from the policing day start, 06:00 local by default).

Columns are recognised from common names (collar/officer/callsign/ISSI, timestamp/date+time, lat/lon or easting/northing, speed, heading, accuracy/HDOP); set the field parameters to override. Speeds are stored in km/h (NMEA knots and GPX m/s converted; a CSV speed column is read in the unit its name gives, else km/h).

{time_rules}

Coordinates must lie where their CRS and British National Grid are both usable (the CRS's area of use): a file with more than 1 % of its fixes outside stops the run with the count and an example, and says when x and y look swapped (e.g. latitude and longitude columns exchanged); fewer are dropped as strays. Degrees given with a projected CRS (or the reverse) are refused too.

Dropped fixes are counted by reason in the log: no id, no time, implausible time, bad coordinates (missing, 0,0, out of range), stray fixes outside the area of use, accuracy worse than the maximum, duplicates (same device and time) and jumps (a spike that needs more than the maximum speed to reach and leave). The log also gives the median and 90th percentile ping interval.

Further exports (MORE_INPUTS) are imported with the first, with one pseudonym key for all. A broken file stops the run with a message naming the file and line, and writes nothing — unless broken files are to be skipped: they are then reported in the log and the others imported. The Import tracks tool on the toolbar runs this algorithm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="139" />
        <source>Further exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="139" />
        <source>More export files imported with the first in one run (one pseudonym key for all, one set of outputs). The column mapping applies to every CSV and GeoJSON file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Speed column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the speed (read in the unit its name gives, else km/h). Empty: guessed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Heading column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the heading in degrees. Empty: guessed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Accuracy column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="155" />
        <source>Column with the stated error in metres, or HDOP. Empty: guessed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="212" />
        <source>IANA time zone for local times in the file (Europe/London: GMT in winter, BST in summer); the policing days of the track lines are in this zone too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="230" />
        <source>Policing day starts at (HH:MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="230" />
        <source>Local time when the policing day starts: each track line is one officer's fixes from then to the same time the next day (as Dwell and compliance splits visits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="270" />
        <source>Skip broken files (import the others)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="270" />
        <source>With several exports: a file that cannot be read (or is refused for its coordinates or mixed date orders) is named in the log and left out, and the others are imported. Off: it stops the run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="288" />
        <source>One line per officer per policing day, split where fixes are more than 15 minutes apart, with officer_id, day, start_utc, end_utc, n_fixes, length_m. Optional: skipped when not set (e.g. qgis_process without OUTPUT_TRACKS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="316" />
        <source>Files not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="321" />
        <source>Choose a tracking export file (INPUT).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="375" />
        <source>The coordinates are eastings/northings in metres, not degrees, so they were read as {} instead of {}. Set the CRS if that is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="394" />
        <source>Not imported: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="396" />
        <source>No usable fixes: {} Check the column mapping, the CRS and the limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="414" />
        <source>{:,} fixes could not be reprojected to {} (counted as bad coordinates): is the CRS right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="436" />
        <source>Wrote {:,} fixes and {:,} track lines (officer × policing day).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="436" />
        <source>Wrote {:,} fixes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="300" />
        <source>Fixes as Parquet (folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="300" />
        <source>Optional: the cleaned fixes also as Parquet in a new folder, one sub-folder per policing day (day=YYYY-MM-DD; officer_id, t_utc, x, y in EPSG:27700, speed_kmh), for Dwell and compliance on Dask or a data team's own tools. Needs the Python package pyarrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/import_tracks.py" line="503" />
        <source>Wrote the fixes as Parquet to {}: {:,} policing days.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KoperAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="37" />
        <source>Residual deterrence (Koper curve)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="38" />
        <source>Trial evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="49" />
        <source>How long does a place stay free of crime after a patrol leaves, and does a longer stay buy more (Koper 1995)? From the visits of Dwell and compliance and timed crimes: visits in one place are joined over officers into presences (a pair is one presence); each presence is followed from its end to the first crime in the same place, censored at the start of the next presence there (unless switched off) and at the end of observation. Presences are grouped by length (default &lt; 5, 5–10, 10–15, 15–20, 20 min or more; half-open bands) and each band gets a Kaplan–Meier survival curve with its median and 95 % interval (statsmodels); a log-rank test compares the bands.
Outputs: OUTPUT, one row per band with band, length_low_min, length_high_min, presences, events, censored, mean_length_min, median_min, median_ci_low, median_ci_high (NULL when the curve never reaches one half); OUTPUT_CURVES, the curves' steps (band, time_min, at_risk, events, survival), starting at 0 minutes with survival 1. The log-rank chi-squared, degrees of freedom and p are the outputs CHI2, DF and P, and are in the log and metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="65" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="65" />
        <source>Visits from Dwell and compliance: fence_id, start_utc, end_utc (UTC); officer_id optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="71" />
        <source>Geofences (places)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="71" />
        <source>The places the visits name (fence_id): the crimes are placed in them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="77" />
        <source>Crime points with a date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="78" />
        <source>Visit length bands (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="78" />
        <source>Band limits in minutes: below the first, each interval, then the last or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="84" />
        <source>End of observation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="84" />
        <source>An ISO 8601 instant (e.g. 2026-05-25T06:00:00Z) after which nothing is known; empty: the last visit or crime.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="92" />
        <source>Stop following at the next visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="92" />
        <source>After the next patrol arrives, its deterrence is measured, not this one's (Koper's rule).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="99" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="99" />
        <source>IANA time zone of crime times without an offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="165" />
        <source>Koper bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="104" />
        <source>One row per visit length band: presences, crimes, censored, median time to the next crime.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="177" />
        <source>Koper curves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="110" />
        <source>Kaplan–Meier steps per band: time_min, at_risk, events, survival.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="116" />
        <source>Log-rank chi-squared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="116" />
        <source>Log-rank degrees of freedom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/koper.py" line="116" />
        <source>Log-rank p</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodCompareAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="28" />
        <source>Is the change real? (compare two periods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="29" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="43" />
        <source>Counts the crimes in each area (hot spot cells, fences, beats or wards) in a current and a previous period of equal length, and says whether the change is more than chance: current, previous, difference, pct_change = 100 × difference / previous (NULL when previous is 0 — never infinity) and p_value, the two-sided Poisson E-test of equal rates (Krishnamoorthy &amp; Thomson 2004; 6 against 2 gives p = 0.1749, not significant). Dates are inclusive ISO dates (YYYY-MM-DD) in local time; periods of unequal length or that overlap are refused. The whole-area totals and their test are in the log and the outputs. A small p says the rates differ; with many areas some small p-values happen by chance (1 in 20 below 0.05).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="55" />
        <source>Crime points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="55" />
        <source>One point per crime, with its date-time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="61" />
        <source>Date-time field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="61" />
        <source>When each crime happened (date-time field or text; no offset = local time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="67" />
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="67" />
        <source>Polygons to count in: hot spot cells, fences, beats or wards. Their fields are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Current period: first day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Current period: last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Previous period: first day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="73" />
        <source>Previous period: last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="79" />
        <source>An ISO date (YYYY-MM-DD), inclusive. Both periods must have the same number of days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="83" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="83" />
        <source>IANA time zone of the days and of times without an offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="158" />
        <source>Period comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="86" />
        <source>The areas with current, previous, difference, pct_change and p_value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Crimes in the current period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Crimes in the previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Change of the total (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>E-test p-value of the total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/period_compare.py" line="92" />
        <source>Areas with p &lt; 0.05</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteOrderAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="99" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="105" />
        <source>Tasking schedule (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="112" />
        <source>Day (YYYY-MM-DD, with a schedule)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="116" />
        <source>Shift (optional, with a schedule)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="120" />
        <source>Road network (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="126" />
        <source>Road topology tolerance (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="133" />
        <source>Start at fence_id (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="267" />
        <source>Route order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="143" />
        <source>Route length (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="144" />
        <source>Length in the input order (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="74" />
        <source>Route order for a day's places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="75" />
        <source>Taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="88" />
        <source>Orders places to minimise travel as an open path (no return to the start). Places are the geofences, or — with a tasking schedule and a date — the places treated that day (optionally one shift). Distances are straight lines between fence centroids, or shortest paths along a road layer (QGIS network analysis, roads usable both ways) when one is given. Up to 8 places the order is exact; above, nearest neighbour from every start improved by 2-opt. The result is never longer than the input order (the schedule's visit order, or the layer's feature order). Output: one point per place at its centroid with visit_order, leg_m (from the previous place) and cumulative_m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="99" />
        <source>The places, with a fence_id field (and a name field when present).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="105" />
        <source>A schedule from Tasking schedule: with a date, only that day's treated places are ordered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="112" />
        <source>The policing day whose treated places to order (needs the tasking schedule).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="116" />
        <source>Only places tasked in this shift, written as in the schedule (e.g. 06:00-14:00).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="120" />
        <source>Lines to travel along; without it distances are straight lines between centroids.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="126" />
        <source>Road ends closer than this are joined when the network is built (0 = exact match).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="133" />
        <source>Start the route at this place (e.g. nearest the station); otherwise any place may come first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="137" />
        <source>Centroids with fence_id, name, visit_order, leg_m, cumulative_m and input_order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="157" />
        <source>The geofence layer has no fence_id field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="158" />
        <source>The geofence layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="187" />
        <source>With a tasking schedule, give the day (YYYY-MM-DD) to order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="214" />
        <source>The schedule names fence_id(s) {} that the geofence layer lacks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="220" />
        <source>No treated places on {} in shift {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="220" />
        <source>No treated places on {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="226" />
        <source>There are no places to order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/route_order.py" line="241" />
        <source>The start fence_id {} is not among the places ordered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>distances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>route length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>input order length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupAccessAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="111" />
        <source>PostGIS database (administrator's connection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="121" />
        <source>Shared schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="128" />
        <source>Restricted schema (raw survey responses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="137" />
        <source>Role prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="144" />
        <source>Whom to ask for rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="156" />
        <source>Analysts (login roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="161" />
        <source>Planners (login roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="165" />
        <source>Viewers (login roles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="169" />
        <source>Districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="179" />
        <source>District code field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="188" />
        <source>District name field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="197" />
        <source>Planner → districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="207" />
        <source>Analyst group role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="208" />
        <source>Planner group role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="209" />
        <source>Viewer group role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="210" />
        <source>Geofence layers secured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="70" />
        <source>Set up access (roles, districts, row-level security)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="71" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="88" />
        <source>For a force's database administrator: sets up who may see and change what in a shared PostGIS schema, with PostgreSQL's own roles, grants and row-level security, so that the database enforces it for every client (QGIS with or without this plugin, psql, scripts).

Creates three group roles, &lt;prefix&gt;_analyst (creates layers, reads everything, edits every fence, reads raw survey responses), &lt;prefix&gt;_planner (edits the fences inside the districts assigned to them, reads the rest) and &lt;prefix&gt;_viewer (reads live fences and published outputs only), and makes the login roles you list members. In the shared schema it creates the tables districts (polygons), planner_districts (which login may edit which district) and access_settings, and secures every geofence layer in it (those made later with Create geofence layer are secured when made). A restricted schema (default &lt;schema&gt;_restricted) is created for raw survey responses: only analysts may use it. Whatever analysts create in the shared schema (e.g. Community survey overlay written to PostGIS) is readable by planners and viewers.

Run it with an administrator's connection (a role with CREATEROLE that owns the schema). It is safe to run again: it adds what is missing and re-applies the rules; it never drops a role, never revokes a membership, never creates login roles and never handles a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="111" />
        <source>A saved PostgreSQL connection that logs in as the database administrator: a role with CREATEROLE that owns the schema (or is a member of its owner). Keep its credentials in an authentication configuration; the plugin never writes a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="121" />
        <source>The existing schema planners and viewers share: geofence layers, districts and published outputs. Put nothing here that viewers may not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="128" />
        <source>Schema only analysts may use, for raw survey responses and other personal data. Created when missing. Empty: &lt;shared schema&gt;_restricted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="137" />
        <source>Start of the three group role names (&lt;prefix&gt;_analyst, &lt;prefix&gt;_planner, &lt;prefix&gt;_viewer), so that they do not clash with the roles of other databases on the same server, e.g. tvp_hotspot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="144" />
        <source>Who planners and viewers should contact when the database refuses an edit, e.g. 'GIS team, ext. 4321'. Shown in QGIS's message bar with the refusal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="169" />
        <source>Optional polygons to add to (or update in) the districts table, e.g. neighbourhood policing areas. Reprojected to EPSG:27700.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="179" />
        <source>Field with each district's unique code (used in assignments).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="188" />
        <source>Optional field with each district's name (kept in the districts table).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="197" />
        <source>Optional assignments to add, as 'login: CODE, CODE; login: CODE', e.g. 'alice: N1, N2; bob: S1'. A role may be a team role too: its members may edit there. Assignments can also be edited in the planner_districts table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="218" />
        <source>Choose the administrator's connection and the shared schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="233" />
        <source>Choose the districts layer's code field (District code field).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="236" />
        <source>Setting up access in schema {} of {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="246" />
        <source>The database refused the set-up, nothing was changed: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/setup_access.py" line="256" />
        <source>Next: assign districts (planner_districts, or Planner → districts here), and give people's QGIS a connection with an authentication configuration for their own login.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyOverlayAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="124" />
        <source>Survey responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="130" />
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="136" />
        <source>Area code field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="142" />
        <source>Area code field in the responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="154" />
        <source>X / longitude field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="163" />
        <source>Y / latitude field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="169" />
        <source>Postcode field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="175" />
        <source>Postcode lookup (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="184" />
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="193" />
        <source>Wave field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="202" />
        <source>Minimum respondents per area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="210" />
        <source>Confidence level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="218" />
        <source>Hot spot cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="252" />
        <source>Survey overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="268" />
        <source>What was counted and left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="660" />
        <source>Community survey overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="73" />
        <source>Community surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="228" />
        <source>Response id field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="242" />
        <source>Perturbation key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="94" />
        <source>Aggregates community survey responses to areas (wards, LSOAs, geofences) so that what residents say can be set beside where harm is. Responses are linked to areas by an area code field, by X/Y coordinates (point in polygon; a point layer's own geometry when no link field is given) or by a postcode and a postcode lookup CSV (e.g. the ONS National Statistics Postcode Lookup).

Per area (and per wave): n_responses; for numeric questions the mean with a Student t confidence interval (mean ± t·s/√n); for text questions the most common answer and its share (%) with a Wilson score interval; with a wave field, the change in mean from the previous wave with a Welch interval. A numeric question's answer scale is inferred (the smallest of 1–5, 1–7, 1–10, 0–10 holding 90 % of answers other than don't-know codes such as 9, 99 or -1): answers off the scale (e.g. 9 on a 1–5 question), text in a numeric question, responses that match no area and bad postcodes are counted in the log, never dropped silently.

Suppression: an area with fewer than the minimum number of respondents has NULL in every value, n_responses included, and suppressed = true; a question answered by fewer people in an area is NULL too. Individual responses are never written or logged.

Disclosure control (the ONS cell key method used for Census 2021): every response gets a fixed random record key (a keyed hash of its id field, or of its whole row); every published count, mean and share gets small noise looked up from the sum of its responses' keys, so the same responses always get the same noise and two runs over overlapping area layers cannot be subtracted to reveal a suppressed area. Counts are within ±2 (never below the minimum), a mean within (scale width)/n of the true mean, a share within 100/n points; the intervals include the noise. Keep the perturbation key (a key file, or this QGIS profile's own key) the same for every run on a survey.

With hot spot cells, each area gets the harm of the cells overlapping it (area-weighted: a cell half inside gives half its harm) and, per numeric question, &lt;q&gt;_priority: areas split at the medians of harm and of the mean score (high score = high confidence): 4 = high harm and low score (priority place), 3 = high harm, high score, 2 = low harm, low score, 1 = low harm, high score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="124" />
        <source>One row per response: a table (e.g. a CSV) or a point layer. It is only read, never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="130" />
        <source>Polygons to aggregate to: wards, LSOAs or geofences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="136" />
        <source>Field of the area layer holding each area's code (e.g. LSOA11CD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="142" />
        <source>Link by code: the responses' field holding the area code (matched trimmed and case-insensitive). Give this, or X/Y fields, or a postcode field with a lookup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="154" />
        <source>Link by coordinates: easting or longitude of each response. The responses' CRS is used when the layer has one, else WGS 84 when the values look like longitude/latitude, else British National Grid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="163" />
        <source>Link by coordinates: northing or latitude of each response (with the X field).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="169" />
        <source>Link by postcode: the responses' postcode (any case and spacing; invalid postcodes are counted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="175" />
        <source>CSV mapping postcodes to area codes, e.g. the ONS NSPL: the postcode column is pcds/postcode/pcd (else the first), the area column the one matching the area codes (or named like the area field).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="184" />
        <source>One or more question fields. Numbers (e.g. confidence 1–5, high = confident) give means; text (e.g. agree/disagree, top priority) gives the most common answer and its share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="193" />
        <source>Survey wave (round) of each response: the output then has one feature per area and wave, with the change from the previous wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="202" />
        <source>Areas with fewer responses are suppressed: no value at all, not even the count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="210" />
        <source>Confidence level of the intervals, e.g. 0.95 for 95 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="218" />
        <source>Optional output of Harm-weighted hot spots (field harm): adds each area's harm and the priority-place class (high harm × low score).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="228" />
        <source>Field with a unique, never-changing id per response (e.g. response_id). Each response's record key for the disclosure noise is a keyed hash of it; without it the whole row is hashed, so correcting an answer changes that response's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="242" />
        <source>A file holding a long random secret (at least 16 bytes) that fixes the disclosure noise. Keep it with the survey and use the same file for every run and on every computer that publishes from this survey: different keys give independent noise, which could be averaged away. Empty: this QGIS profile's own key (made once at random, kept in the profile's settings). Only the file's name is logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="252" />
        <source>Areas with n_responses, suppressed and per question &lt;q&gt;_mean, &lt;q&gt;_ci_low, &lt;q&gt;_ci_high (numeric) or &lt;q&gt;_top, &lt;q&gt;_top_pct (text); NULL everywhere for suppressed areas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="262" />
        <source>Areas (× waves) published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="263" />
        <source>Areas (× waves) suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="264" />
        <source>Responses matching no area (perturbed count)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="265" />
        <source>Answers off the scale or not numbers (whole survey)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="280" />
        <source>Link responses one way only: an area code field, or X and Y fields, or a postcode field with a postcode lookup. Clear the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="287" />
        <source>Give both the X and the Y field to link responses by coordinates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="289" />
        <source>Linking by postcode needs both the postcode field and a postcode lookup CSV (e.g. the ONS National Statistics Postcode Lookup).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="298" />
        <source>Say how responses are linked to areas: choose the area code field in the responses, or X and Y fields, or a postcode field with a postcode lookup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="349" />
        <source>Choose at least one question field. Fields available: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="406" />
        <source>The perturbation key file {} does not exist. Choose the key file kept with this survey, or leave the parameter empty to use this QGIS profile's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="467" />
        <source>The responses have no CRS: their coordinates were read as {} ({}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="514" />
        <source>The survey response table is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="516" />
        <source>The area layer is empty. Choose a polygon layer with areas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="519" />
        <source>Choose the area code field. Fields available: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="532" />
        <source>The area layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="562" />
        <source>Postcode lookup: postcode column {}, area column {}; {:,} rows ({:,} without a valid postcode).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="582" />
        <source>No response could be linked to an area. Check that the link field holds the same kind of codes as the area code field (or that coordinates fall inside the areas).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="611" />
        <source>Harm from {:,} hot spot cells, shared among areas by overlap area; priority classes split at the medians of harm and of each question's mean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/survey_overlay.py" line="622" />
        <source>{:,} areas have no code in {}: they are shown as suppressed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Minimum respondents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>Disclosure control</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskingScheduleAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="74" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="83" />
        <source>First day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="89" />
        <source>Last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="95" />
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="105" />
        <source>Share of places treated each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="115" />
        <source>Block field (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="124" />
        <source>Patrols per treated place-day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="133" />
        <source>Minutes per patrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="142" />
        <source>Minimum gap between patrols (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="151" />
        <source>Washout days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="163" />
        <source>Random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="174" />
        <source>Tasking schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="183" />
        <source>Patrol taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="184" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="261" />
        <source>Tasking schedule (seed {})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="41" />
        <source>Taskings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="74" />
        <source>The places to schedule: a polygon layer with a fence_id field (and harm, used for the balance report, when present). Selected features only is honoured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="83" />
        <source>The first policing day of the schedule, e.g. 2026-03-02.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="89" />
        <source>The last policing day of the schedule (inclusive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="95" />
        <source>Comma-separated HH:MM-HH:MM windows in local time; an end before the start crosses midnight and belongs to the day it starts. Prefix a team name with = (Early=06:00-14:00) to name the team; otherwise teams are Shift 1, Shift 2… Shifts may touch but not overlap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="105" />
        <source>Fraction of the places treated each day (0.5 = half). The daily count rounds up or down at random so the long-run share is exact and each day is within one place of the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="115" />
        <source>Randomise within the blocks this field defines (e.g. a harm tier), so each block has its share of treated places every day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="124" />
        <source>How many patrols a treated place gets on its day (3 × 15 min in Peterborough and Birmingham).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="133" />
        <source>Length of each patrol in minutes (the Koper curve suggests 11–15).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="142" />
        <source>At least this many minutes from the end of one patrol at a place to the start of the next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="151" />
        <source>Days after a treated day before an untreated place counts as control again (crossover designs); those days are marked 'washout'. 0 = none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="163" />
        <source>The seed of the random draw. Keep it with the schedule: the same seed and inputs give the same schedule again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="58" />
        <source>Randomises every geofence, every policing day, to treatment (patrolled) or control, optionally within blocks (e.g. harm tiers), and gives each treated place-day its dose: a number of patrols of a set length at random times inside the shifts, a minimum gap apart (end of one to start of the next). A shift that crosses midnight belongs to the policing day it starts in. With a washout, a place not treated within that many days after a treated day is in arm 'washout' (neither tasked nor a control). The same inputs and seed give the identical schedule on any machine (NumPy PCG64; places drawn in fence_id order as text). Output: one row per patrol of a treated place-day and one row (no window, 0 minutes) per control place-day; date is a Date field and window_start, window_end DateTime fields in local time (Europe/London; files store the local wall clock, the convention every algorithm of the plugin reads them by). The log reports the balance between arms (place-days, harm) per block.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="174" />
        <source>Table with task_id, date (Date), shift, fence_id, arm, window_start and window_end (DateTime, local time), minutes, visit_order, team and source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="194" />
        <source>The geofence layer has no fence_id field. Use the output of Geofences from hot spots, or add a fence_id field with one value per fence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/tasking_schedule.py" line="210" />
        <source>A geofence has no fence_id. Give every fence an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>block field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/log_keys.py" line="10" />
        <source>patrol taskings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrialAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="37" />
        <source>Crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="40" />
        <source>Date-time field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="40" />
        <source>When each crime happened: a DateTime field or ISO 8601 text. Values without an offset are local wall-clock time in the time zone (as force records hold them); dates without a time are refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="54" />
        <source>Harm field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="54" />
        <source>Optional harm weight of each crime (0 or more), e.g. the harm field of Import police.uk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="67" />
        <source>Policing day starts at (HH:MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="73" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_base.py" line="73" />
        <source>IANA time zone of the policing day and of date-times without an offset (Europe/London: GMT/BST).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrialEffectAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="82" />
        <source>Trial effect (rate ratio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="83" />
        <source>Trial evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="96" />
        <source>Did harm fall where we patrolled? Intention-to-treat estimates from the place-day ledger: treatment versus control place-days, arm as allocated (washout and unscheduled days left out), each day's length as exposure.
Crimes: Poisson and negative binomial (NB2) models with a fixed effect per place; harm: Poisson quasi-likelihood with place fixed effects (consistent for any non-negative outcome). 95 % intervals and p_model from standard errors clustered by place (t with places − 1 degrees of freedom), fitted with statsmodels. p_randomisation: the allocation is redrawn PERMUTATIONS times with the schedule's own design — the same number treated per day and block, the washout rule inferred from the ledger — and p is the share of redraws whose rate ratio is as far from 1 as the observed one (two-sided, seeded: the same seed gives the same p). With fewer than 30 places clustered intervals are too narrow: judge by p_randomisation (the log says so).
Outputs: OUTPUT, one row per model with measure, outcome, model, estimate (rate ratio), ci_low, ci_high, p_model, p_randomisation, log_rr, se_log_rr, places, treated_days, control_days, treated_per_day, control_per_day, nb_alpha, permutations, seed. OUTPUT_DOSE: crimes and harm per place-day by bands of delivered minutes (descriptive — delivery was not randomised). OUTPUT_COMPLIERS (optional): tasked versus delivered minutes per place, and the background patrol minutes in control places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="117" />
        <source>Place-day ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="117" />
        <source>The table of Place-day ledger (fence_id, day, arm, crimes, harm, … day_hours, block).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="123" />
        <source>Crime counts (Poisson and negative binomial) or harm (Poisson quasi-likelihood).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="129" />
        <source>Randomisation redraws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="129" />
        <source>How many times the allocation is redrawn for the randomisation p-value (0: none; 2000 usual).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="137" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="137" />
        <source>Seed of the redraws: the same seed gives the same p-value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Models for crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Poisson and negative binomial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Poisson only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="144" />
        <source>Crimes: both models (the negative binomial takes seconds longer) or Poisson alone. Harm is always Poisson quasi-likelihood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="157" />
        <source>Dose bands (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="157" />
        <source>Limits of the delivered-minute bands: exactly the first, then each interval, then above the last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="254" />
        <source>Trial effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="164" />
        <source>One row per model: rate ratio, 95 % interval, model and randomisation p-values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="272" />
        <source>Dose–response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="170" />
        <source>Crimes and harm per place-day by delivered minutes (an association, not an effect).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="287" />
        <source>Tasked vs delivered per place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="176" />
        <source>The complier view: per place and in total, tasked and delivered minutes, background in controls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>Rate ratio (first model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>95 % interval, low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>95 % interval, high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="183" />
        <source>Randomisation p-value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_effect.py" line="285" />
        <source>The ledger has no delivered_min: no dose–response table.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrialLedgerAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="202" />
        <source>Place-day ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="39" />
        <source>Trial evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="48" />
        <source>The table every trial evaluation starts from: one row per place (geofence) per policing day of the trial — always places × days rows — with the arm as allocated by the schedule (treatment, control, washout, or 'not scheduled'), the crimes and harm in the place that day, the tasked minutes, the delivered minutes (patrol-minutes inside the tasked windows, a pair counted once, as Dwell and compliance measures them) and the background minutes (patrol-minutes by anyone in the place that whole day, so presence in control places — contamination — shows).
A policing day runs from the day start (06:00 by default, Europe/London) to the next day's: a crime at 05:59 counts on the previous day. Days when the clocks change are 23 or 25 hours long (day_hours), which the effect models use as exposure. Crimes are placed in every fence they lie in (outlines count as inside). The trial's days run from the schedule's first to its last date.
Output: fence_id, day, arm, crimes, harm (NULL without a harm field), tasked_min, delivered_min, background_min, visits, day_hours, and block when a block field is chosen (the randomisation test then redraws within blocks, as the schedule did). Counts of what was read, left out and every setting are in the log and the table's metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="66" />
        <source>Tasking schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="66" />
        <source>The trial's schedule from Tasking schedule: fence_id, date, arm (treatment, control, washout), window_start, window_end, minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="75" />
        <source>Geofences (places)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="75" />
        <source>The trial's places: polygons with the fence_id the schedule names (else the feature id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="81" />
        <source>Crime points with a date and time (and optionally a harm) of the trial.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="82" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="82" />
        <source>Optional visits from Dwell and compliance (fence_id, start_utc, end_utc; officer_id): without them delivered and background minutes are 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="92" />
        <source>Local time the policing day starts (HH:MM); a crime before it counts on the previous day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="95" />
        <source>Block field of the places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="95" />
        <source>The fences' field the schedule was blocked by (Tasking schedule's block field): copied into the ledger as block, so Trial effect redraws the allocation within the same blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="108" />
        <source>One row per place per policing day (fields in the help).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="114" />
        <source>Place-days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="114" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_ledger.py" line="114" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrialPowerAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="52" />
        <source>Trial power (minimum detectable effect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="53" />
        <source>Trial evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="70" />
        <source>How big an effect can a trial detect? For a place-day design — PLACES places over DAYS days, a share TREATED_SHARE of them patrolled each day — analysed as Trial effect does (Poisson with place fixed effects, errors clustered by place, two-sided test at ALPHA): the smallest rate ratio found with POWER (80 %) probability, analytic, as a rate ratio and a percent reduction.
Give a base rate (mean crimes per place per policing day), or the crimes of a past period with the places (FENCES): each place's own rate, and — with a date-time field — the over-dispersion of daily counts within places, are taken from them (the past period is PAST_START to PAST_END, or the crimes' own span; without a date-time field all the crimes given count, over PAST_START to PAST_END, as for a police.uk month).
Simulation check: SIMULATIONS seeded trials of the same design with that effect planted, each analysed the same way; simulated_power should be within 10 % of POWER, and simulated_size (the false-positive rate with no effect) near ALPHA. With few or very unequal places they disagree, and the log says so.
Output: one row with places, days, treated_share, base_rate, dispersion, alpha, power, mde_rate_ratio, mde_reduction_pct, se_log_rr, simulated_power, simulated_size, simulations, seed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="88" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="88" />
        <source>Places in the trial (with a base rate; with past crimes the fences count).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="97" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="97" />
        <source>Policing days of the trial.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="98" />
        <source>Share treated each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="98" />
        <source>The schedule's treated share (0.5: half the places each day).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="106" />
        <source>Base rate (crimes per place per day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="106" />
        <source>Mean crimes per place per policing day without patrols; ignored when past crimes are given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="113" />
        <source>Optional crimes of a past period, to take each place's rate (and over-dispersion) from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="118" />
        <source>Geofences (places)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="118" />
        <source>With past crimes: the trial's places; each crime counts in the places it lies in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="125" />
        <source>Past period: first day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="125" />
        <source>Past period: last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="129" />
        <source>With past crimes: the period they cover (both ends inclusive); empty: the crimes' own span.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="133" />
        <source>Local time the policing day starts, for daily counts of past crimes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="134" />
        <source>Alpha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="134" />
        <source>Two-sided significance level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="135" />
        <source>Power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="135" />
        <source>The power the effect must be found with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="138" />
        <source>Simulations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="138" />
        <source>Simulated trials of the check (0: no check).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="148" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="148" />
        <source>Seed of the simulations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="262" />
        <source>Trial power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="151" />
        <source>One row: the minimum detectable effect and its simulation check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="157" />
        <source>Minimum detectable rate ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="157" />
        <source>Minimum detectable reduction (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="157" />
        <source>Simulated power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="185" />
        <source>Past crimes were given without the places: choose the geofences (FENCES) too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="201" />
        <source>Without a date-time field, give the past period's first and last days (PAST_START, PAST_END), e.g. the month a police.uk file covers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="216" />
        <source>Give the number of places (PLACES) with the base rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_power.py" line="225" />
        <source>Give a base rate (BASE_RATE, mean crimes per place per day) with PLACES, or the crimes of a past period (CRIMES) with the places (FENCES).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrialReportAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="24" />
        <source>Trial report (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="25" />
        <source>Trial evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="44" />
        <source>A three-page A4 PDF for the trial's readers, made with a QGIS print layout. Page 1: the design (places, days, arms, delivery, presence in control places), the balance of the allocation (treatment against control place-days: weekday mix, day length, and each place's level on its control days), and the effect estimates with their 95 % intervals as a table and a chart. Page 2: the dose–response chart and table (harm per place-day by delivered minutes) and the Koper curves with the bands' medians and the log-rank test. Page 3: a map of the treated and control areas with their rings (and the crimes, optional) beside the WDD and WDQ table.
Give the ledger of Place-day ledger; the effect tables of Trial effect (crimes and harm; when none is given both are estimated here with PERMUTATIONS redraws); the bands and curves of Koper; the table and the areas of Displacement; the row of Trial power (a line of the design). Parts not given are left out and the page says so. Charts are drawn with matplotlib. Output: the PDF (text is searchable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="59" />
        <source>Place-day ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="59" />
        <source>The table of Place-day ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="65" />
        <source>Trial effect tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="65" />
        <source>Outputs of Trial effect (for crimes and for harm); empty: estimated here from the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="71" />
        <source>Randomisation redraws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="71" />
        <source>When no effect table is given: redraws for the randomisation p-value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="80" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="80" />
        <source>Seed of the redraws.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Koper bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The band table of Residual deterrence (OUTPUT).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Koper curves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The curves of Residual deterrence (OUTPUT_CURVES).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Displacement table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The table of Displacement and diffusion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>Trial power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="83" />
        <source>The row of Trial power: the design's minimum detectable effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="94" />
        <source>Areas and rings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="94" />
        <source>The areas of Displacement and diffusion (OUTPUT_AREAS), for the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="101" />
        <source>Crimes for the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="101" />
        <source>Optional crime points drawn on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="108" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="108" />
        <source>The report's title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="112" />
        <source>Trial report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="112" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="112" />
        <source>Where the PDF is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="184" />
        <source>Crimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="192" />
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="141" />
        <source>The report's charts need the Python package matplotlib, which this QGIS's Python lacks. Install it (Debian/Ubuntu: sudo apt install python3-matplotlib; elsewhere: python -m pip install matplotlib) and restart QGIS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="167" />
        <source>Effects estimated for this report: {n} randomisation redraws, seed {seed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/trial_report.py" line="203" />
        <source>Log-rank test: chi-squared {chi2}, {df} df, p {p}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidateGeofencesAlgorithm</name>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="53" />
        <source>Geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="59" />
        <source>Minimum area (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="65" />
        <source>Maximum area (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="74" />
        <source>Allow overlapping fences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="78" />
        <source>Hot spot cells (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="88" />
        <source>Hot cell: minimum Gi* bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="169" />
        <source>Geofence problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="104" />
        <source>Problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="29" />
        <source>Validate geofences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="42" />
        <source>Checks a geofence layer and lists every problem, one row per problem (fence_id, problem, detail), with the problem's place as geometry: invalid geometry (self-intersections and other ring errors, with the place), no geometry, overlap with a live fence (edges may touch), area below the minimum or above the maximum, and — when a hot spot cell layer is given — a fence that covers no hot cell. Retired fences are checked only for valid geometry. Layers without a status field are taken as all live. A clean layer gives an empty output and the log says so. Nothing in the input is changed; the layer may be in an edit session (its unsaved edits are checked).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="53" />
        <source>The geofence layer to check (made by Create geofence layer or Geofences from hot spots).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="59" />
        <source>Fences smaller than this are reported (slivers left by editing). 0 = no minimum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="65" />
        <source>Fences larger than this are reported: too large to patrol on foot (a 150 m radius is about 70,700 m²). 0 = no maximum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="74" />
        <source>When ticked, fences overlapping a live fence are not reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="78" />
        <source>The cell output of Harm-weighted hot spots. When given, draft and live fences that cover no hot cell are reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="88" />
        <source>Cells with gi_bin at or above this count as hot: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="98" />
        <source>One row per problem: fence_id, problem, detail; geometry is the fence or the overlapping part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="112" />
        <source>The geofence layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="130" />
        <source>{:,} hot cells (gi_bin ≥ {}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="135" />
        <source>The maximum area is below the minimum area. Swap them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../hotspot_plugin/processing/validate_geofences.py" line="159" />
        <source>No problems: all {} fences pass every check. The output is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>

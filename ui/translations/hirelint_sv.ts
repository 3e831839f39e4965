<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
    <context>
        <name>Batch</name>
        <message numerus="yes">
            <location filename="../batch.py" line="232" />
            <source>%1 av %n filer</source>
            <translation>
                <numerusform>%1 av %n fil</numerusform>
                <numerusform>%1 av %n filer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="270" />
            <source>%n filer granskades.</source>
            <translation>
                <numerusform>%n fil granskades.</numerusform>
                <numerusform>%n filer granskades.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="271" />
            <source>%n fynd.</source>
            <translation>
                <numerusform>%n fynd.</numerusform>
                <numerusform>%n fynd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="273" />
            <source>%n filer kunde inte läsas.</source>
            <translation>
                <numerusform>%n fil kunde inte läsas.</numerusform>
                <numerusform>%n filer kunde inte läsas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="325" />
            <source>%n av kopiorna finns redan i mappen. Vill du skriva över dem?</source>
            <translation>
                <numerusform>%n av kopiorna finns redan i mappen. Vill du skriva över den?</numerusform>
                <numerusform>%n av kopiorna finns redan i mappen. Vill du skriva över dem?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="385" />
            <source>%n kommenterade kopior sparades i %1.</source>
            <translation>
                <numerusform>%n kommenterad kopia sparades i %1.</numerusform>
                <numerusform>%n kommenterade kopior sparades i %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../main_window.py" line="398" />
            <source>%n fel</source>
            <translation>
                <numerusform>%n fel</numerusform>
                <numerusform>%n fel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="399" />
            <source>%n varningar</source>
            <translation>
                <numerusform>%n varning</numerusform>
                <numerusform>%n varningar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="400" />
            <source>%n råd</source>
            <translation>
                <numerusform>%n råd</numerusform>
                <numerusform>%n råd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="401" />
            <source>%n fynd</source>
            <translation>
                <numerusform>%n fynd</numerusform>
                <numerusform>%n fynd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="404" />
            <source>%n avgjorda</source>
            <translation>
                <numerusform>%n avgjord</numerusform>
                <numerusform>%n avgjorda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="1000" />
            <source>Kommenterad kopia sparad: %1 (%n kommentarer)</source>
            <translation>
                <numerusform>Kommenterad kopia sparad: %1 (%n kommentar)</numerusform>
                <numerusform>Kommenterad kopia sparad: %1 (%n kommentarer)</numerusform>
            </translation>
        </message>
    </context>
</TS>

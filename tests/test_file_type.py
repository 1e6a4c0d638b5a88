"""The workspace file type is declared once per system (macOS bundle in build.spec, Windows installer in
resources/planner.iss, Linux MIME and desktop entries): all name the same extension and MIME type, and each
hands the file to Planner to open."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIME = "application/x-planner-workspace"


def test_every_systems_declaration_names_the_same_file_type_and_opens_it_with_planner():
    spec = (ROOT / "build.spec").read_text()
    installer = (ROOT / "resources" / "planner.iss").read_text()
    mime = (ROOT / "resources" / "planner-mime.xml").read_text()
    desktop = (ROOT / "resources" / "planner.desktop").read_text()
    assert MIME in spec and '"CFBundleTypeExtensions": ["planner"]' in spec
    assert f'ValueData: "{MIME}"' in installer and 'Subkey: "Software\\Classes\\.planner"' in installer
    assert 'ValueData: """{app}\\Planner.exe"" ""%1"""' in installer  # the file, quoted, to `planner PATH`
    assert "ChangesAssociations=yes" in installer
    assert f'type="{MIME}"' in mime and '"*.planner"' in mime
    assert f"MimeType={MIME};" in desktop and "Exec=planner %f" in desktop

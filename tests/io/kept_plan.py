"""A small MS Project XML file with what Planner keeps without modelling it (planner.core.kept): custom field and
outline code definitions, their values on tasks and resources, an exact priority of 600, a custom WBS code and a
resource UID of 17."""

from pathlib import Path

TASK_TEXT1, RESOURCE_TEXT1, TASK_OUTLINE1 = "188743731", "205520904", "188744096"

PLAN = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion>
  <Name>kept.xml</Name>
  <Title>Kept</Title>
  <StartDate>2025-01-06T08:00:00</StartDate>
  <FinishDate>2025-01-08T17:00:00</FinishDate>
  <MinutesPerDay>480</MinutesPerDay>
  <OutlineCodes>
    <OutlineCode>
      <Guid>6F1F5D3A-0000-4000-8000-000000000001</Guid>
      <FieldID>{TASK_OUTLINE1}</FieldID>
      <FieldName>Outline Code1</FieldName>
      <Alias>Region</Alias>
      <Values>
        <Value>
          <ValueID>1</ValueID>
          <FieldGUID>6F1F5D3A-0000-4000-8000-000000000002</FieldGUID>
          <Type>21</Type>
          <Value>North</Value>
          <Description>The north</Description>
        </Value>
      </Values>
      <Masks>
        <Mask>
          <Level>1</Level>
          <Type>3</Type>
          <Length>0</Length>
          <Separator>.</Separator>
        </Mask>
      </Masks>
    </OutlineCode>
  </OutlineCodes>
  <ExtendedAttributes>
    <ExtendedAttribute>
      <FieldID>{TASK_TEXT1}</FieldID>
      <FieldName>Text1</FieldName>
      <Alias>Colour</Alias>
    </ExtendedAttribute>
    <ExtendedAttribute>
      <FieldID>{RESOURCE_TEXT1}</FieldID>
      <FieldName>Text1</FieldName>
      <Alias>Team</Alias>
    </ExtendedAttribute>
  </ExtendedAttributes>
  <Tasks>
    <Task>
      <UID>1</UID>
      <ID>1</ID>
      <Name>Design</Name>
      <WBS>A.1</WBS>
      <OutlineNumber>1</OutlineNumber>
      <OutlineLevel>1</OutlineLevel>
      <Priority>600</Priority>
      <Start>2025-01-06T08:00:00</Start>
      <Finish>2025-01-07T17:00:00</Finish>
      <Duration>PT16H0M0S</Duration>
      <ExtendedAttribute>
        <FieldID>{TASK_TEXT1}</FieldID>
        <Value>Blue</Value>
      </ExtendedAttribute>
      <OutlineCode>
        <FieldID>{TASK_OUTLINE1}</FieldID>
        <ValueID>1</ValueID>
      </OutlineCode>
    </Task>
    <Task>
      <UID>2</UID>
      <ID>2</ID>
      <Name>Build</Name>
      <WBS>2</WBS>
      <OutlineNumber>2</OutlineNumber>
      <OutlineLevel>1</OutlineLevel>
      <Priority>500</Priority>
      <Start>2025-01-08T08:00:00</Start>
      <Finish>2025-01-08T17:00:00</Finish>
      <Duration>PT8H0M0S</Duration>
      <PredecessorLink>
        <PredecessorUID>1</PredecessorUID>
        <Type>1</Type>
      </PredecessorLink>
      <ExtendedAttribute>
        <FieldID>{TASK_TEXT1}</FieldID>
        <Value>Green</Value>
      </ExtendedAttribute>
    </Task>
  </Tasks>
  <Resources>
    <Resource>
      <UID>17</UID>
      <ID>1</ID>
      <Name>Ada</Name>
      <Type>1</Type>
      <ExtendedAttribute>
        <FieldID>{RESOURCE_TEXT1}</FieldID>
        <Value>Platform</Value>
      </ExtendedAttribute>
    </Resource>
  </Resources>
  <Assignments>
    <Assignment>
      <UID>1</UID>
      <TaskUID>1</TaskUID>
      <ResourceUID>17</ResourceUID>
      <Units>1</Units>
    </Assignment>
  </Assignments>
</Project>
"""


def write_plan(folder: Path) -> Path:
    path = folder / "kept.xml"
    path.write_text(PLAN, encoding="utf-8")
    return path

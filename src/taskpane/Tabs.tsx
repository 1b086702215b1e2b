import React, { useRef } from "react";
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/**
 * The pane's navigation: a WAI-ARIA tab list (roving tab index; arrow keys, Home and End move and
 * select), styled with Fluent tokens so it follows the Office theme, light and dark. Written here
 * rather than taken from Fluent's TabList, which brings the keyboard-navigation library tabster
 * (≈ a quarter of the pane's first JavaScript) and focus sentinels that screen-reader checks flag.
 */
const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "nowrap",
    overflowX: "auto",
    // five labels fit on one row down to a 320 px pane ("Prioriteren" is the longest Dutch one)
    gap: "0",
    ...shorthands.padding("0", "2px"),
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    flexShrink: 0,
    cursor: "pointer",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ...shorthands.border("0"),
    borderBottom: "2px solid transparent",
    ...shorthands.padding("8px", "4px"),
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
  },
});

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export function Tabs<T extends string>(props: {
  label: string;
  items: TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
}) {
  const styles = useStyles();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const move = (to: number) => {
    const n = props.items.length;
    const next = props.items[((to % n) + n) % n];
    props.onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const keys: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: props.items.length - 1,
    };
    if (!(e.key in keys)) return;
    e.preventDefault();
    move(keys[e.key]);
  };
  return (
    <div role="tablist" aria-label={props.label} className={styles.list}>
      {props.items.map((item, i) => {
        const on = item.id === props.selected;
        return (
          <button
            key={item.id}
            ref={(el) => void (el ? refs.current.set(item.id, el) : refs.current.delete(item.id))}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={on}
            aria-controls={`panel-${item.id}`}
            tabIndex={on ? 0 : -1}
            className={on ? `${styles.tab} ${styles.selected}` : styles.tab}
            onClick={() => props.onSelect(item.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

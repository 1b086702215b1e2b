import { createContext, useContext } from "react";

export type PanelId = "start" | "questions" | "check" | "prioritize" | "plan";

/** Switches the pane to another panel; null outside the App (e.g. a panel rendered on its own). */
const NavigationContext = createContext<((panel: PanelId) => void) | null>(null);

export const NavigationProvider = NavigationContext.Provider;

export function useNavigate(): ((panel: PanelId) => void) | null {
  return useContext(NavigationContext);
}

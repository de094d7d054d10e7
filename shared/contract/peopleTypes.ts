export interface Team {
  id: number;
  name: string;
  peopleCount: number;
}

export interface Person {
  id: number;
  name: string;
  jobTitle: string;
  teamId: number | null;
  teamName: string | null;
  email: string;
  active: boolean;
}

package link

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestResolve(t *testing.T) {
	reg := seeded(t)
	tests := []struct {
		in   string
		want tally.Source
	}{
		{"Amnesty", tally.Source{Name: "Amnesty International", Kind: tally.RightsGroup}},
		{"the Amnesty International", tally.Source{Name: "Amnesty International", Kind: tally.RightsGroup}},
		{"AMNESTY INTERNATIONAL", tally.Source{Name: "Amnesty International", Kind: tally.RightsGroup}},
		{"AI", tally.Source{Name: "Amnesty International", Kind: tally.RightsGroup}},
		{"the Oslo-based group", tally.Source{Name: "Iran Human Rights", Kind: tally.RightsGroup}},
		{"Iran Human Rights (IHR)", tally.Source{Name: "Iran Human Rights", Kind: tally.RightsGroup}},
		{"HRANA (Human Rights Activists News Agency)", tally.Source{Name: "HRANA", Kind: tally.RightsGroup}},
		{"UN human rights office (OHCHR)", tally.Source{Name: "UN human rights office", Kind: tally.InternationalBody}},
		{"Fars", tally.Source{Name: "Fars News Agency", Kind: tally.StateMedia, PartyToConflict: true, Country: "IR"}},
		{"the Mojahedin", tally.Source{Name: "MEK", Kind: tally.OppositionGroup, PartyToConflict: true}},
		{"Iran’s interior ministry", tally.Source{Name: "Iranian interior ministry", Kind: tally.Government, PartyToConflict: true, Country: "IR"}},
		{"Montazeri", tally.Source{Name: "Hossein-Ali Montazeri", Kind: tally.Individual}},
		{"three interior ministry officials", tally.Source{Name: "three interior ministry officials", Kind: tally.Government, PartyToConflict: true}},
		{"the police", tally.Source{Name: "police", Kind: tally.Government, PartyToConflict: true}},
		{"UN officials", tally.Source{Name: "UN officials", Kind: tally.InternationalBody}},
		{"state television", tally.Source{Name: "state television", Kind: tally.StateMedia, PartyToConflict: true}},
		{"a local rights group", tally.Source{Name: "a local rights group", Kind: tally.RightsGroup}},
		{"Jane Doe", tally.Source{Name: "Jane Doe", Kind: tally.UnknownKind}},
		{"UNFFMI", tally.Source{Name: "UNFFMI", Kind: tally.UnknownKind}},
		{"UFFMI", tally.Source{Name: "UN Fact-Finding Mission on Iran", Kind: tally.InternationalBody}},
		{"uffmi", tally.Source{Name: "uffmi", Kind: tally.UnknownKind}},
	}
	for _, tt := range tests {
		got := reg.Resolve(tt.in)
		got.Aliases = nil
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Resolve(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestInitials(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kurdistan Human Rights Network", "KHRN"},
		{"UN Fact-Finding Mission on Iran", "UFFMI"},
		{"Radio Farda", ""},
		{"", ""},
		{"the people of the town", ""},
	}
	for _, tt := range tests {
		if got := Initials(tt.in); got != tt.want {
			t.Errorf("Initials(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Oslo-based group", "oslo based group"},
		{"  Amnesty   International ", "amnesty international"},
		{"Iran's", "irans"},
		{"the", ""},
		{"...", ""},
		{"Théâtre", "théâtre"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestImport(t *testing.T) {
	tests := []struct {
		name, format, in string
		want             []tally.Source
		err              error
	}{
		{"json", "json", `[{"name":"Kurdistan Human Rights Network","aliases":["KHRN"],"kind":"rights_group"}]`,
			[]tally.Source{{Name: "Kurdistan Human Rights Network", Aliases: []string{"KHRN"}, Kind: tally.RightsGroup}}, nil},
		{"jsonl", "jsonl", "{\"name\":\"Hengaw\",\"kind\":\"rights_group\"}\n\n{\"name\":\"Basij\",\"kind\":\"armed_group\",\"party_to_conflict\":true}\n",
			[]tally.Source{{Name: "Hengaw", Kind: tally.RightsGroup}, {Name: "Basij", Kind: tally.ArmedGroup, PartyToConflict: true}}, nil},
		{"csv", "CSV", "name,kind,aliases,party_to_conflict\nHengaw,rights_group,Hengaw Organization; Hengaw rights group,false\nJane Doe,,,\n",
			[]tally.Source{{Name: "Hengaw", Aliases: []string{"Hengaw Organization", "Hengaw rights group"}, Kind: tally.RightsGroup},
				{Name: "Jane Doe", Kind: tally.UnknownKind}}, nil},
		{"csv without name column", "csv", "kind\nrights_group\n", nil, tally.ErrInvalid},
		{"csv bad party", "csv", "name,party_to_conflict\nX,maybe\n", nil, tally.ErrInvalid},
		{"bad kind", "json", `[{"name":"X","kind":"friend"}]`, nil, tally.ErrInvalid},
		{"no name", "json", `[{"name":"  ","kind":"rights_group"}]`, nil, tally.ErrInvalid},
		{"bad json", "json", `[{"name":`, nil, tally.ErrInvalid},
		{"unknown format", "xml", `<x/>`, nil, tally.ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := EmptyRegistry()
			got, err := reg.Import(strings.NewReader(tt.in), tt.format)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Import error = %v, want %v", err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Import (-want +got):\n%s", diff)
			}
			if err == nil && len(reg.Sources()) != len(tt.want) {
				t.Errorf("registry holds %d sources, want %d", len(reg.Sources()), len(tt.want))
			}
			if err != nil && len(reg.Sources()) != 0 {
				t.Errorf("a failed import added %d sources", len(reg.Sources()))
			}
		})
	}
}

func TestImportExtendsAndReplaces(t *testing.T) {
	reg := seeded(t)
	n := len(reg.Sources())
	in := `[{"name":"Amnesty International","aliases":["Amnesty Intl"],"kind":"rights_group"},{"name":"Hengaw","kind":"rights_group"}]`
	if _, err := reg.Import(strings.NewReader(in), "json"); err != nil {
		t.Fatal(err)
	}
	if got, want := len(reg.Sources()), n+1; got != want {
		t.Errorf("sources = %d, want %d", got, want)
	}
	for _, name := range []string{"Amnesty Intl", "Amnesty", "hengaw"} {
		if got := reg.Resolve(name).Kind; got != tally.RightsGroup {
			t.Errorf("Resolve(%q).Kind = %q, want rights_group", name, got)
		}
	}
}

func TestSeedSources(t *testing.T) {
	reg := seeded(t)
	var parties []string
	for _, s := range reg.Sources() {
		if s.PartyToConflict {
			parties = append(parties, s.Name)
		}
	}
	want := []string{"IRNA", "Fars News Agency", "Tasnim News Agency", "Iranian government", "Iranian interior ministry",
		"Iranian judiciary", "Supreme National Security Council", "Revolutionary Guards", "NCRI", "MEK"}
	if diff := cmp.Diff(want, parties); diff != "" {
		t.Errorf("parties to the conflict (-want +got):\n%s", diff)
	}
}

func FuzzParseSources(f *testing.F) {
	f.Add([]byte(`[{"name":"Amnesty International","aliases":["AI"],"kind":"rights_group"}]`), "json")
	f.Add([]byte("{\"name\":\"X\"}\n{\"name\":\"Y\",\"kind\":\"government\"}"), "jsonl")
	f.Add([]byte("name,aliases,kind,party_to_conflict\nX,A;B,government,true\n"), "csv")
	f.Add([]byte("\ufeffname\n\"unterminated\n"), "csv")
	f.Fuzz(func(t *testing.T, data []byte, format string) {
		sources, err := ParseSources(data, format)
		if err != nil {
			return
		}
		reg := EmptyRegistry()
		if err := reg.Add(sources...); err != nil {
			t.Fatalf("Add of parsed sources: %v", err)
		}
		for _, s := range sources {
			if Key(s.Name) == "" || !knownKind(s.Kind) {
				t.Fatalf("parsed an invalid source %+v", s)
			}
			if got := reg.Resolve(s.Name); Key(got.Name) == "" {
				t.Fatalf("Resolve(%q) lost the name", s.Name)
			}
		}
	})
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Amnesty", "Iran Human Rights (IHR", "(", ")(", "the the", "UN officials", "\xff"} {
		f.Add(s)
	}
	reg, err := NewRegistry()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := reg.Resolve(name)
		if !knownKind(got.Kind) {
			t.Fatalf("Resolve(%q) kind %q", name, got.Kind)
		}
		if Key(Key(name)) != Key(name) {
			t.Fatalf("Key is not idempotent on %q", name)
		}
	})
}

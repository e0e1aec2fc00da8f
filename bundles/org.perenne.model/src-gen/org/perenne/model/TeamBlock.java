/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.TeamBlock#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.perenne.model.TeamBlock#getVolunteering <em>Volunteering</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getTeamBlock()
 * @model
 * @generated
 */
public interface TeamBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Staff</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.StaffMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getTeamBlock_Staff()
	 * @model containment="true"
	 * @generated
	 */
	EList<StaffMember> getStaff();

	/**
	 * Returns the value of the '<em><b>Volunteering</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Volunteering}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volunteering</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getTeamBlock_Volunteering()
	 * @model containment="true"
	 * @generated
	 */
	EList<Volunteering> getVolunteering();

} // TeamBlock
